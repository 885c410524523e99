import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { db } from "../db";
import { isPolicySlug } from "./policy-slugs";
import type { PolicyPageView } from "./types";

/**
 * One policy page, or null for a slug outside the fixed set (never read) or a page not seeded yet.
 * Cached by tag: a staff edit revalidates TAGS.policy(slug), and with it the page cached whole.
 */
export async function getPolicyPage(slug: string): Promise<PolicyPageView | null> {
  "use cache";
  cacheTag(TAGS.policies, TAGS.policy(slug));
  cacheLife("days");
  if (!isPolicySlug(slug)) return null;
  const page = await db.policyPage.findUnique({ where: { slug } });
  if (!page) return null;
  return { slug, title: page.title, summary: page.summary, body: page.body, updatedAt: page.updatedAt.toISOString() };
}
