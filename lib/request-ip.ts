import "server-only";
import { headers } from "next/headers";

/** The client's address as the nearest proxy reports it; "unknown" when there is none (direct dev access). */
export async function requestIp(): Promise<string> {
  const list = await headers();
  return list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip") || "unknown";
}
