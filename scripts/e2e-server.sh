#!/usr/bin/env bash
# Starts the store for the Playwright suite: production build, fresh embedded database under DATA_DIR.
set -euo pipefail
port="${1:-3100}"
rm -rf "${DATA_DIR:?}"
unset DATABASE_URL
npx next build
exec npx next start -p "$port" -H 127.0.0.1
