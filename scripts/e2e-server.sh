#!/usr/bin/env bash
# Starts the store for the Playwright suite: production build, fresh embedded database under DATA_DIR.
set -euo pipefail
port="${1:-3100}"
rm -rf "${DATA_DIR:?}"
unset DATABASE_URL
# E2E_SKIP_BUILD=1 reuses the last build while iterating on tests (never in CI).
if [ -z "${E2E_SKIP_BUILD:-}" ] || [ -n "${CI:-}" ]; then npx next build; fi
exec npx next start -p "$port" -H 127.0.0.1
