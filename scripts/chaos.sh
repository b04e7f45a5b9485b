#!/usr/bin/env bash
# Faults survived, measured (see docs/chaos.md): restarts PostgreSQL under
# write load, and kills one of two backend replicas in the middle of a
# learning YAML sync and of a freshness run. Installs what is missing first
# (Node 22, dependencies, PostgreSQL), then hands its arguments to
# scripts/chaos/index.js. It restarts the PostgreSQL server it uses: run it
# where nothing else needs that server meanwhile.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
source "$ROOT/scripts/lib/system.sh"

ensure_deps
ensure_postgres
var="BACKSTAGE_TEST_DATABASE_POSTGRES${PG_VERSION}_CONNECTION_STRING"
export CHAOS_POSTGRES_URL="${!var}"
export CHAOS_PG_VERSION="$PG_VERSION"

cd "$ROOT"
exec node scripts/chaos/index.js "$@"
