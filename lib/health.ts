import "server-only";
import { connection } from "next/server";
import { db } from "./db";

const TIMEOUT_MS = 5000;

export async function checkDatabase(): Promise<{ ok: true } | { ok: false; reason: string }> {
  await connection();
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref()),
    ]);
    return { ok: true };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : "unknown error";
    console.error("health: database check failed:", reason);
    return { ok: false, reason: `database unavailable: ${reason}` };
  }
}
