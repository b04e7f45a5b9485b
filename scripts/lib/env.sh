# shellcheck shell=bash
# Sourced by the project's scripts. Puts a Node.js that Backstage accepts
# (22 or 24) and the committed yarn release on the PATH, installing Node 22
# from the npm registry into .tools/ when the machine's node is older.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="$ROOT/.tools"
export ROOT TOOLS

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

ensure_node() {
  local major
  major="$(node_major)"
  if [ "$major" = 22 ] || [ "$major" = 24 ]; then
    return
  fi
  local arch pkg
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) echo "unsupported CPU $(uname -m)" >&2; return 1 ;;
  esac
  pkg="node-linux-$arch"
  local bin="$TOOLS/node/node_modules/$pkg/bin"
  if [ ! -x "$bin/node" ]; then
    log "Installing Node.js 22 ($pkg) into .tools/node"
    npm install --no-save --no-audit --no-fund --loglevel=error \
      --prefix "$TOOLS/node" "$pkg@22" >&2
  fi
  PATH="$bin:$PATH"
  export PATH
}

ensure_yarn() {
  local release
  release="$(ls "$ROOT"/.yarn/releases/yarn-*.cjs | head -n1)"
  mkdir -p "$TOOLS/bin"
  cat >"$TOOLS/bin/yarn" <<SHIM
#!/usr/bin/env bash
exec node "$release" "\$@"
SHIM
  chmod +x "$TOOLS/bin/yarn"
  PATH="$TOOLS/bin:$PATH"
  export PATH
  # yarn talks to the registry npm is configured for on this machine.
  local registry
  registry="$(npm config get registry 2>/dev/null || true)"
  if [ -n "$registry" ] && [ -z "${YARN_NPM_REGISTRY_SERVER:-}" ]; then
    export YARN_NPM_REGISTRY_SERVER="${registry%/}"
  fi
  # Native modules (better-sqlite3) build against the headers of this node.
  npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
  export npm_config_nodedir
  export YARN_ENABLE_TELEMETRY=0
  export BACKSTAGE_CLI_TELEMETRY=0 2>/dev/null || true
}

# Installs dependencies when yarn.lock or a package.json changed since the
# last install, and rebuilds native modules after a Node major change.
deps_fingerprint() {
  (
    cd "$ROOT"
    node --version
    cat yarn.lock package.json packages/*/package.json plugins/*/package.json 2>/dev/null
  ) | sha1sum | cut -d' ' -f1
}

# Installs dependencies when yarn.lock, a package.json or the Node version
# changed since the last install.
ensure_deps() {
  local stamp="$ROOT/node_modules/.install-stamp"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$(deps_fingerprint)" ]; then
    return
  fi
  log "Installing dependencies (yarn install)"
  if [ -n "${CI:-}" ]; then
    (cd "$ROOT" && yarn install --immutable)
  else
    (cd "$ROOT" && yarn install)
  fi
  if ! (cd "$ROOT/packages/backend" && node -e 'require("better-sqlite3")(":memory:").close()' 2>/dev/null); then
    log "Rebuilding better-sqlite3 for Node $(node --version)"
    (cd "$ROOT" && yarn rebuild better-sqlite3)
  fi
  deps_fingerprint >"$stamp"
}

ensure_node
ensure_yarn

# A real learning record store for the xAPI module's tests: Learning
# Locker's statements service (xapi-statements, with its in-memory store),
# from the npm registry into .tools/lrs. The tests find it through
# XAPI_LRS_MAIN.
LRS_PACKAGE=xapi-statements@5.0.1
ensure_lrs() {
  local main="$TOOLS/lrs/node_modules/xapi-statements/dist/index.js"
  if [ ! -f "$main" ]; then
    log "Installing a learning record store ($LRS_PACKAGE) into .tools/lrs"
    npm install --no-save --no-package-lock --no-audit --no-fund \
      --loglevel=error --prefix "$TOOLS/lrs" "$LRS_PACKAGE" >&2
  fi
  XAPI_LRS_MAIN="$main"
  export XAPI_LRS_MAIN
}
