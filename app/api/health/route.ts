import { connection } from "next/server";
import { db } from "@/lib/db";
import { checkDatabase } from "@/lib/health";

const NO_STORE = { "cache-control": "no-store" };

export async function GET() {
  await connection(); // always a live check, never a prerendered answer
  const database = await checkDatabase(db);
  if (database.ok) return Response.json({ db: "ok" }, { headers: NO_STORE });
  return Response.json({ db: "error", reason: database.reason }, { status: 503, headers: NO_STORE });
}
