// `npm run db:seed`: idempotent demo data (products, FLASHSALE, articles, admin) on the configured database.
import { createEmbeddedClient, createServerClient, migrateServer } from "../lib/database/create-client";
import { acquireEmbeddedLock } from "../lib/database/embedded-lock";
import { dataPath, env } from "../lib/env";
import { seed } from "../prisma/seed/seed";

async function main() {
  const config = env();
  if (config.NODE_ENV === "production" && !config.ADMIN_PASSWORD) {
    throw new Error("ADMIN_PASSWORD must be set to seed a production database.");
  }
  const options = {
    adminEmail: config.ADMIN_EMAIL,
    adminPassword: config.ADMIN_PASSWORD,
    credentialsFile: config.DATABASE_URL ? undefined : dataPath("admin-credentials.txt"),
  };
  if (config.DATABASE_URL) {
    await migrateServer(config.DATABASE_URL);
    const db = createServerClient(config.DATABASE_URL, { poolSize: 2 });
    await seed(db, options);
    await db.$disconnect();
  } else {
    const dir = dataPath("pglite");
    const release = acquireEmbeddedLock(dir);
    const { db, pglite } = createEmbeddedClient({ dir });
    await seed(db, options);
    await db.$disconnect();
    await pglite.close();
    release();
  }
  console.log("Seed complete.");
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
