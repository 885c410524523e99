import type { Instrumentation } from "next";

// Runs once when a server process starts: open (and on first start migrate and seed) the database
// before the first request, so no shopper waits for it. `next build` never gets here with a database.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  // First of all: per-address limits key on the connection's address, stamped by the server (lib/http/peer-address.ts).
  (await import("./lib/http/peer-address")).installPeerAddressStamp();
  // A configuration error stops the process with its message: left running, Next would answer every
  // request with a 500 instead. Settings that are allowed but unsafe for real shoppers are said once, here.
  let warnings: string[] = [];
  try {
    const [{ env, startupWarnings }, { authSecret }, { logLevel }] = await Promise.all([import("./lib/env"), import("./lib/auth/secret"), import("./lib/log/logger")]);
    env();
    authSecret();
    logLevel();
    warnings = startupWarnings();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const { logger } = await import("./lib/log/logger");
  for (const warning of warnings) logger.warn(warning);
  // lib/ never imports prisma/: the demo seed for a fresh embedded database is handed in from here.
  const [{ db, registerEmbeddedSeeder }, { seedIfEmpty }] = await Promise.all([import("./lib/db"), import("./prisma/seed/seed")]);
  registerEmbeddedSeeder(seedIfEmpty);
  await db.$connect();
}

// Every error Next catches while rendering a page, running a server action or a route handler: one JSON
// line with the request id (matches the x-request-id the shopper's response carried) and the digest
// (what the error page shows in production), never the request's headers or cookies.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logger }, { isValidRequestId, REQUEST_ID_HEADER }] = await Promise.all([import("./lib/log/logger"), import("./lib/log/request-id")]);
  // proxy.ts set the id where its matcher runs; elsewhere (cached pages) the line still gets one of its own.
  const header = request.headers[REQUEST_ID_HEADER];
  const requestId = typeof header === "string" && isValidRequestId(header) ? header : crypto.randomUUID();
  const digest = error && typeof error === "object" && "digest" in error ? String(error.digest) : undefined;
  logger.error(
    {
      err: error,
      digest,
      requestId,
      method: request.method,
      path: request.path.split("?")[0], // query strings may carry tokens (sign-in links, callbacks)
      route: context.routePath,
      routeType: context.routeType,
    },
    "request failed",
  );
};
