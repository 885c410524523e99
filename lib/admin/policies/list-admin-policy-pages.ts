import "server-only";
import { db } from "../../db";
import { POLICY_SLUGS, type PolicySlug } from "../../policies/policy-slugs";

export type AdminPolicyPageRow = { slug: PolicySlug; title: string; summary: string; updatedAt: Date };

/** The policy pages in the footer's order; a page the seed has not created yet is left out. */
export async function listAdminPolicyPages(): Promise<AdminPolicyPageRow[]> {
  const rows = await db.policyPage.findMany({ select: { slug: true, title: true, summary: true, updatedAt: true } });
  const bySlug = new Map(rows.map((row) => [row.slug, row]));
  return POLICY_SLUGS.flatMap((slug) => {
    const row = bySlug.get(slug);
    return row ? [{ ...row, slug }] : [];
  });
}
