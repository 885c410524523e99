// Prisma CLI configuration. Only `prisma generate` runs on machines without the engine download;
// migrations are applied by scripts/migrate.ts (see README).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused" },
});
