import "server-only";
import { db } from "../../db";
import type { Role } from "../../generated/prisma/enums";

export type PersonRow = { id: string; email: string; name: string | null; role: Role; createdAt: Date };

export const PEOPLE_PAGE_SIZE = 50;

/**
 * With no search: every staff member. With a search: staff and customers whose e-mail contains it
 * (e-mails are stored lower-case, so the match ignores case). Staff first, then by e-mail.
 */
export async function findPeople(search: string): Promise<PersonRow[]> {
  const query = search.trim().toLowerCase().slice(0, 254);
  return db.user.findMany({
    where: query ? { email: { contains: query } } : { role: { not: "CUSTOMER" } },
    orderBy: [{ role: "asc" }, { email: "asc" }],
    take: PEOPLE_PAGE_SIZE,
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
}
