#!/usr/bin/env bash
# Runs the benchmark of the learning backend (see docs/benchmarks.md).
# Installs what is missing first (Node 22, dependencies, PostgreSQL), then
# hands its arguments to scripts/bench/index.js.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
source "$ROOT/scripts/lib/system.sh"

ensure_deps
if [ -z "${BENCH_POSTGRES_URL:-}" ]; then
  ensure_postgres
  var="BACKSTAGE_TEST_DATABASE_POSTGRES${PG_VERSION}_CONNECTION_STRING"
  export BENCH_POSTGRES_URL="${!var}"
fi

cd "$ROOT"
# `bench.sh sources ...` measures the learning YAML sync instead
if [ "${1:-}" = sources ]; then
  shift
  exec node scripts/bench/sources.js "$@"
fi
exec node scripts/bench/index.js "$@"
