// GET /api/health: the load balancer's and the e2e server's readiness check (lib/health.ts decides what
// "ok", "degraded" and "down" mean). 200 while the database answers, 503 when it does not.
import { connection } from "next/server";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { checkHealth, healthStatusCode } from "@/lib/health/check-health";
import { routeMethods } from "@/lib/http/route-methods";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  async GET() {
    await connection(); // always a live check, never a prerendered answer
    const report = await checkHealth({ db, redisUrl: env().REDIS_URL });
    return Response.json(report, { status: healthStatusCode(report), headers: { "cache-control": "no-store" } });
  },
});
