// Runs once when a server process starts: open (and on first start migrate and seed) the database
// before the first request, so no shopper waits for it. `next build` never gets here with a database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { db } = await import("./lib/db");
  await db.$connect();
}
