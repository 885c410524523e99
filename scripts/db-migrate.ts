// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { createEmbeddedClient, migrateServer } from "../lib/database/create-client";
import { acquireEmbeddedLock } from "../lib/database/embedded-lock";
import { migrate } from "../lib/database/migrate";
import { pgliteRunner } from "../lib/database/sql-runner";
import { dataPath, env } from "../lib/env";

async function main() {
  const config = env();
  let applied: string[];
  let target: string;
  if (config.DATABASE_URL) {
    target = new URL(config.DATABASE_URL).pathname.slice(1) || "the server database";
    applied = await migrateServer(config.DATABASE_URL);
  } else {
    const dir = dataPath("pglite");
    target = dir;
    const release = acquireEmbeddedLock(dir);
    const { pglite } = createEmbeddedClient({ dir });
    applied = await migrate(pgliteRunner(pglite));
    await pglite.close();
    release();
  }
  console.log(
    applied.length ? `Applied ${applied.length} migration(s) to ${target}:\n  ${applied.join("\n  ")}` : `${target} is up to date.`,
  );
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
