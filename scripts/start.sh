#!/usr/bin/env bash
# Starts the demo Backstage instance with Tech Learning installed: the app
# on http://localhost:3000, the backend on http://localhost:7007, embedded
# SQLite, demo catalog and demo learning material. Installs what is missing
# first (Node 22, dependencies, mkdocs).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib/env.sh"
source "$ROOT/scripts/lib/system.sh"

ensure_deps
ensure_mkdocs || true
# the academy's learning record store, which the demo backend starts
ensure_lrs || true

log "Starting the demo: http://localhost:3000 (backend on :7007)"
cd "$ROOT"
exec yarn start
