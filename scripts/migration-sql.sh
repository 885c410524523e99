#!/usr/bin/env bash
# Prints the SQL Prisma itself would generate to go from the committed schema (git HEAD) to the
# working copy's prisma/schema.prisma. Prisma 7's Migrate needs a schema-engine download these
# machines cannot reach; Prisma 6.19's WASM engine can diff two schema files offline.
# It is installed on first use into .tools/ (not a project dependency) and needs a PostgreSQL
# server for its adapter (PRISMA6_DIFF_URL, default the local one).
# Usage: scripts/migration-sql.sh > prisma/migrations/<timestamp>_<name>/migration.sql
#        then add any CHECK constraints by hand and run `npm run db:migrate`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="$root/.tools/prisma6"
url="${PRISMA6_DIFF_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if [ ! -x "$tools/node_modules/.bin/prisma" ]; then
  mkdir -p "$tools"
  (cd "$tools" && npm init -y >/dev/null && npm install --no-audit --no-fund prisma@6.19 @prisma/adapter-pg@6.19 pg >&2)
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Prisma 6 wants the v6 generator and a url in the datasource.
to_v6() { sed -e 's/provider *= *"prisma-client"/provider = "prisma-client-js"/' -e '/^ *output *=/d' -e '/moduleFormat/d' \
  -e 's/^  provider = "postgresql"$/  provider = "postgresql"\n  url = env("DATABASE_URL")/'; }
if git -C "$root" cat-file -e HEAD:prisma/schema.prisma 2>/dev/null; then
  git -C "$root" show HEAD:prisma/schema.prisma | to_v6 > "$work/old.prisma"
else
  printf 'datasource db {\n  provider = "postgresql"\n  url = env("DATABASE_URL")\n}\n' > "$work/old.prisma"
fi
to_v6 < "$root/prisma/schema.prisma" > "$work/new.prisma"
cat > "$work/prisma.config.ts" <<TS
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "new.prisma",
  adapter: async () => new PrismaPg({ connectionString: "$url" }),
} as never);
TS
ln -s "$tools/node_modules" "$work/node_modules"
cd "$work"
DATABASE_URL="$url" PRISMA_QUERY_ENGINE_LIBRARY=/bin/true PRISMA_SCHEMA_ENGINE_BINARY=/bin/true \
  ./node_modules/.bin/prisma migrate diff --from-schema-datamodel old.prisma --to-schema-datamodel new.prisma --script
