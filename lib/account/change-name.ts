import "server-only";
import { db } from "../db";

export async function changeName(userId: string, name: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name: name || null } });
}
