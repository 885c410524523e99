import "server-only";
import { db } from "../../db";
import { isPolicySlug } from "../../policies/policy-slugs";
import type { PolicyPageInput } from "./policy-page-schema";

/** The page's current words, uncached (an editor must see the latest save), or null for an unknown slug. */
export async function getPolicyPageForEdit(slug: string): Promise<(PolicyPageInput & { updatedAt: Date }) | null> {
  if (!isPolicySlug(slug)) return null;
  const page = await db.policyPage.findUnique({ where: { slug }, select: { title: true, summary: true, body: true, updatedAt: true } });
  return page ? { slug, ...page } : null;
}
