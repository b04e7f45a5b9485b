#!/usr/bin/env bash
# Runs everything that must pass before a change lands: lint, prettier,
# the OpenAPI check, the full type check, all unit tests on SQLite and
# PostgreSQL, the production build and the browser tests. Installs what is
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
step "openapi: generated router matches openapi.yaml" \
  node scripts/generate-openapi.js plugins/learning-backend --check
step "type check" yarn tsc:full

# Unit tests, every package, once (no watch). TestDatabases runs the
# database tests on SQLite and on every engine with a connection string.
run_unit_tests() {
  CI=true BACKSTAGE_TEST_DISABLE_DOCKER=1 yarn backstage-cli repo test \
    --json --outputFile="$REPORTS/jest.json"
}
step "unit tests (SQLite and PostgreSQL)" run_unit_tests

step "production build" yarn build:all

run_browser_tests() {
  local backend_log="$REPORTS/backend.log" pid status
  # The backend serves the built app on :7007.
  (cd packages/backend &&
    APP_CONFIG_app_baseUrl=http://localhost:7007 \
      exec yarn start >"$backend_log" 2>&1) &
  pid=$!
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
    kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null
    return 1
  fi
  CI=true PLAYWRIGHT_JSON_OUTPUT_NAME="$REPORTS/playwright.json" \
    yarn playwright test
  status=$?
  pkill -P "$pid" 2>/dev/null
  kill "$pid" 2>/dev/null
  pkill -f "packages/backend" 2>/dev/null
  wait "$pid" 2>/dev/null
  return $status
}
step "browser tests" run_browser_tests

log "Summary"
node scripts/test-summary.js "$REPORTS" "$STEPS_PASSED" "$STEPS_FAILED" "${FAILED_STEPS[@]}"
