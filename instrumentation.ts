// Runs once when a server process starts: open (and on first start migrate and seed) the database
// before the first request, so no shopper waits for it. `next build` never gets here with a database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // Configuration errors stop the server at start, with a message, instead of failing requests later.
  const [{ env }, { authSecret }] = await Promise.all([import("./lib/env"), import("./lib/auth/secret")]);
  env();
  authSecret();
  const { db } = await import("./lib/db");
  await db.$connect();
}
