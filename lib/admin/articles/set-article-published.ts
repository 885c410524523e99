import "server-only";
import { db } from "../../db";
import { recordSwitch } from "../../audit/record-audit";
import type { Refused, Result } from "../../result";

export type SetArticlePublishedResult = Result<{ slug: string; title: string; changed: boolean }, Refused<"NOT_FOUND">>;

/** Publishes (first time: stamps publishedAt) or withdraws an article; the storefront follows once tags refresh. */
export async function setArticlePublished(id: string, published: boolean, actorId: string, now: Date = new Date()): Promise<SetArticlePublishedResult> {
  return db.$transaction(async (tx) => {
    const before = await tx.article.findUnique({ where: { id }, select: { slug: true, title: true, publishedAt: true } });
    if (!before) return { ok: false, code: "NOT_FOUND" } as const;
    const changed = await tx.article.updateMany({
      where: { id, published: !published },
      data: { published, publishedAt: published ? (before.publishedAt ?? now) : before.publishedAt },
    });
    if (changed.count === 0) return { ok: true, slug: before.slug, title: before.title, changed: false } as const;
    const action = published ? "article.publish" : "article.unpublish";
    await recordSwitch(tx, { actorId, action, entityType: "article", entityId: id, field: "published", value: published, label: { slug: before.slug } });
    return { ok: true, slug: before.slug, title: before.title, changed: true } as const;
  });
}
