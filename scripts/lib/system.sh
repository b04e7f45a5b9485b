# shellcheck shell=bash
# Installs and starts what the tests need from Debian's packages:
# PostgreSQL (for the database tests) and Chromium (for the browser tests),
# and mkdocs for the demo's TechDocs. Needs root for apt-get.

apt_install() {
  if [ "$(id -u)" != 0 ]; then
    echo "need root to apt-get install $*" >&2
    return 1
  fi
  local aptlog
  aptlog="$(mktemp)"
  if [ -z "${APT_UPDATED:-}" ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >"$aptlog" 2>&1 ||
      { cat "$aptlog" >&2; return 1; }
    APT_UPDATED=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
    --no-install-recommends "$@" >"$aptlog" 2>&1 ||
    { tail -n 30 "$aptlog" >&2; return 1; }
  rm -f "$aptlog"
}

# Starts a PostgreSQL cluster and exports the connection string that
# @backstage/backend-test-utils reads for POSTGRES_<major>.
ensure_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "Installing PostgreSQL"
    apt_install postgresql
  fi
  local version
  version="$(ls /usr/lib/postgresql | sort -n | tail -n1)"
  if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
    pg_createcluster "$version" main >&2
  fi
  if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
    log "Starting PostgreSQL $version"
    pg_ctlcluster "$version" main start >&2
  fi
  local port
  port="$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')"
  su postgres -c "psql -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname='backstage'\"" | grep -q 1 ||
    su postgres -c "psql -p $port -qc \"CREATE ROLE backstage LOGIN CREATEDB PASSWORD 'backstage'\"" >&2
  export "BACKSTAGE_TEST_DATABASE_POSTGRES${version}_CONNECTION_STRING=postgresql://backstage:backstage@localhost:${port}"
  PG_VERSION="$version"
  export PG_VERSION
}

ensure_chromium() {
  if [ -z "${CHROMIUM_PATH:-}" ]; then
    CHROMIUM_PATH=/usr/bin/chromium
  fi
  if [ ! -x "$CHROMIUM_PATH" ]; then
    log "Installing Chromium"
    apt_install chromium
  fi
  export CHROMIUM_PATH
}

# mkdocs renders the demo's TechDocs; the demo runs without it (the docs
# pages then show a build error), so a failure here is only a warning.
ensure_mkdocs() {
  if command -v mkdocs >/dev/null 2>&1; then
    return
  fi
  log "Installing mkdocs for TechDocs"
  apt_install mkdocs mkdocs-material ||
    echo "warning: could not install mkdocs; TechDocs pages will not build" >&2
}
