import { checkDatabase } from "@/lib/health";

export async function GET() {
  const database = await checkDatabase();
  if (database.ok) return Response.json({ db: "ok" }, { headers: { "cache-control": "no-store" } });
  return Response.json({ db: "error", reason: database.reason }, { status: 503, headers: { "cache-control": "no-store" } });
}
