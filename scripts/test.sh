#!/usr/bin/env bash
# Runs everything that must pass before a change lands: lint, prettier,
# the OpenAPI check, the full type check, the API reports, unused code
# (knip), changesets, all unit tests on SQLite and PostgreSQL, the
# production build, the packed packages and the browser tests. Installs what is
# missing first (Node 22, dependencies, PostgreSQL, Chromium).
#
# Ends with a line `N passed, N failed` that counts every test run (Jest
# and Playwright) plus each check step; exits non-zero if anything failed.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
source "$ROOT/scripts/lib/system.sh"
cd "$ROOT"

REPORTS="$ROOT/.test-reports"
rm -rf "$REPORTS"
mkdir -p "$REPORTS"

ensure_deps || exit 1
if ! ensure_postgres; then
  if [ -n "${CI:-}" ]; then
    echo "PostgreSQL is required in CI" >&2
    exit 1
  fi
  echo "warning: no PostgreSQL; database tests run on SQLite only" >&2
fi
ensure_chromium || { echo "Chromium is required for the browser tests" >&2; exit 1; }
# a browser test reads an entity's TechDocs, with the learning addon beside
ensure_mkdocs
command -v mkdocs >/dev/null || { echo "mkdocs is required for the browser tests" >&2; exit 1; }
# the xAPI module's tests, and the demo's LMS in the browser tests, read a
# real learning record store
ensure_lrs || { echo "A learning record store is required for the xAPI tests" >&2; exit 1; }

STEPS_PASSED=0
STEPS_FAILED=0
FAILED_STEPS=()

step() {
  local name="$1"
  shift
  log "$name"
  if "$@"; then
    STEPS_PASSED=$((STEPS_PASSED + 1))
  else
    STEPS_FAILED=$((STEPS_FAILED + 1))
    FAILED_STEPS+=("$name")
  fi
}

step "lint" yarn lint:all
step "prettier" yarn prettier:check
step "openapi: generated router and types match openapi.yaml" \
  node scripts/generate-openapi.js --check
step "type check" yarn tsc:full
# the public surface: API reports from the declarations tsc just wrote
step "API reports match the code (yarn build:api-reports)" \
  yarn build:api-reports:check
step "no unused files, exports or dependencies (knip)" yarn lint:knip
step "changesets are valid" yarn changeset status

# Unit tests, every package, once (no watch). TestDatabases runs the
# database tests on SQLite and on every engine with a connection string.
run_unit_tests() {
  CI=true BACKSTAGE_TEST_DISABLE_DOCKER=1 yarn backstage-cli repo test \
    --json --outputFile="$REPORTS/jest.json"
}
step "unit tests (SQLite and PostgreSQL)" run_unit_tests

step "production build" yarn build:all
step "published packages pack cleanly" node scripts/check-packs.js

# The browser tests, against the demo backend on one database engine:
# `sqlite` (the demo as it ships) or `postgres` (fresh databases of their
# own on the test server, dropped afterwards).
run_browser_tests() {
  local engine="$1"
  local backend_log="$REPORTS/backend-$engine.log" pid status
  local -a db_env=()
  local prefix=""
  if [ "$engine" = postgres ]; then
    local conn="BACKSTAGE_TEST_DATABASE_POSTGRES${PG_VERSION:-}_CONNECTION_STRING"
    conn="${!conn:-}"
    if [ -z "$conn" ]; then
      echo "no PostgreSQL server for the browser tests" >&2
      return 1
    fi
    prefix="e2e_$(date +%s)_"
    db_env=(
      APP_CONFIG_backend_database_client=pg
      "APP_CONFIG_backend_database_connection=$conn"
      "APP_CONFIG_backend_database_prefix=$prefix"
    )
  fi
  # The backend serves the built app on :7007. It runs in a process group
  # of its own (setsid), so that stopping it stops yarn, the CLI and node,
  # and nothing else on the machine.
  local pidfile="$REPORTS/backend-$engine.pgid"
  rm -f "$pidfile"
  (cd packages/backend &&
    exec setsid bash -c 'echo $$ >"$0"; exec "$@"' "$pidfile" \
      env APP_CONFIG_app_baseUrl=http://localhost:7007 "${db_env[@]}" \
      yarn start >"$backend_log" 2>&1) &
  for _ in $(seq 1 50); do
    [ -s "$pidfile" ] && break
    sleep 0.1
  done
  pid="$(cat "$pidfile")"
  local ready=""
  for _ in $(seq 1 120); do
    if curl -fsS http://localhost:7007/api/learning/health >/dev/null 2>&1 &&
      curl -fsS http://localhost:7007/ 2>/dev/null | grep -q '<div id="root">'; then
      ready=1
      break
    fi
    sleep 1
  done
  if [ -z "$ready" ]; then
    echo "the backend did not start; see $backend_log" >&2
    tail -50 "$backend_log" >&2
    stop_backend "$pid"
    return 1
  fi
  CI=true PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/playwright-$engine.json" \
    yarn playwright test
  status=$?
  stop_backend "$pid"
  # let the port go before the next run
  for _ in $(seq 1 30); do
    curl -fsS http://localhost:7007/ >/dev/null 2>&1 || break
    sleep 1
  done
  if [ -n "$prefix" ]; then
    drop_databases "$conn" "$prefix"
  fi
  return $status
}

# Stops the backend whose process group (a session of its own) is $1, and
# only it.
stop_backend() {
  local pgid="$1"
  [ -n "$pgid" ] || return 0
  kill -TERM -- -"$pgid" 2>/dev/null
  for _ in $(seq 1 20); do
    kill -0 -- -"$pgid" 2>/dev/null || break
    sleep 0.5
  done
  kill -KILL -- -"$pgid" 2>/dev/null
  wait 2>/dev/null
}

# Drops the databases whose names start with a prefix.
drop_databases() {
  local conn="$1" prefix="$2" db
  for db in $(psql "$conn/postgres" -tAc \
    "SELECT datname FROM pg_database WHERE datname LIKE '${prefix}%'"); do
    psql "$conn/postgres" -qc "DROP DATABASE IF EXISTS \"$db\"" >&2
  done
}

step "browser tests (SQLite)" run_browser_tests sqlite
step "browser tests (PostgreSQL)" run_browser_tests postgres

# Faults survived: PostgreSQL restarted under write load, and one of two
# replicas killed in the middle of a YAML sync and of a freshness run (it
# restarts the test server, so it runs after everything that uses it).
step "chaos: PostgreSQL restart and killed replicas (yarn chaos)" \
  bash scripts/chaos.sh --out="$REPORTS/chaos.json"

log "Summary"
node scripts/test-summary.js "$REPORTS" "$STEPS_PASSED" "$STEPS_FAILED" "${FAILED_STEPS[@]}"
