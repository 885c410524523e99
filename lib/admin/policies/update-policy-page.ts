import "server-only";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db";
import type { Refused, Result } from "../../result";
import type { PolicyPageInput } from "./policy-page-schema";

export type UpdatePolicyPageResult = Result<{ changed: boolean }, Refused<"NOT_FOUND">>;

/**
 * Saves a policy page's title, summary and Markdown body, with an audit row holding the old and new wording
 * (in the same transaction). Saving the same words again changes nothing and writes no row.
 */
export async function updatePolicyPage(input: PolicyPageInput, actorId: string): Promise<UpdatePolicyPageResult> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM policy_pages WHERE slug = ${input.slug} FOR UPDATE`;
    if (locked.length === 0) return { ok: false, code: "NOT_FOUND" } as const;
    const before = await tx.policyPage.findUniqueOrThrow({ where: { slug: input.slug }, select: { title: true, summary: true, body: true } });
    const after = { title: input.title, summary: input.summary, body: input.body };
    if (before.title === after.title && before.summary === after.summary && before.body === after.body) {
      return { ok: true, changed: false } as const;
    }
    await tx.policyPage.update({ where: { slug: input.slug }, data: after });
    await recordAudit(tx, {
      actorId,
      action: "policy.update",
      entityType: "policy_page",
      entityId: locked[0].id,
      before: { slug: input.slug, ...before },
      after: { slug: input.slug, ...after },
    });
    return { ok: true, changed: true } as const;
  });
}
