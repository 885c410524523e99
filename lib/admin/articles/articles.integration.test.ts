// Article editing against a real database: drafts stay off the storefront, publishing shows them,
// edits reach the reader's page, every change leaves an audit row, and bad input is refused by field.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { zodFieldErrors } from "../../actions/define-action";
import { getArticleBySlug } from "../../articles/get-article-by-slug";
import { listArticles } from "../../articles/list-articles";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { articleSchema } from "./article-schema";
import { createArticle } from "./create-article";
import { getArticleForEdit } from "./get-article-for-edit";
import { setArticlePublished } from "./set-article-published";
import { updateArticle } from "./update-article";

// The cached readers run as plain queries here: Next's cache exists only inside a Next server.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), cacheTag: () => {}, cacheLife: () => {} }));

const database = setupTestDatabase();
let editorId = "";
let gunId = "";

const BODY = [
  "## Before you sit down to write",
  "",
  "Open and close each hand ten times, slowly, then shake the wrists loose for a few seconds.",
  "",
  "- Rest the forearm on the desk.",
  "- Switch to a thicker pen if the grip tires early.",
].join("\n");

const fields = (overrides: Record<string, unknown> = {}) => ({
  slug: "desk-hands-warm-up",
  title: "A two-minute warm-up for writing hands",
  summary: "Small moves before a long stretch of writing keep the fingers from locking up.",
  body: BODY,
  topics: ["hands", "prevention"],
  productIds: [] as string[],
  ...overrides,
});

beforeAll(async () => {
  editorId = (await createUser(database.db, "MARKETING")).id;
  gunId = (
    await database.db.product.create({
      data: { slug: "gun", sku: "GUN", name: "Gun", tagline: "t", description: "d", priceCents: 15900, bestFor: "b", severity: "MILD_TO_MODERATE" },
    })
  ).id;
});

describe("articleSchema", () => {
  it.each([
    ["a slug with capitals and spaces", { slug: "Desk Hands" }, "slug"],
    ["a short title", { title: "Hi" }, "title"],
    ["a short summary", { summary: "Too brief." }, "summary"],
    ["an empty body", { body: "   " }, "body"],
    ["no topic", { topics: [] }, "topics"],
    ["an unknown topic", { topics: "astrology" }, "topics.0"],
  ])("refuses %s under its field", (_name, overrides, field) => {
    const parsed = articleSchema.safeParse(fields(overrides));
    expect(parsed.success).toBe(false);
    expect(Object.keys(zodFieldErrors(parsed.error!))).toEqual([field]);
  });
});

describe("saving articles", () => {
  it("keeps a draft off the storefront, publishes it, and audits both steps", async () => {
    const created = await createArticle(articleSchema.parse(fields({ productIds: gunId })), editorId, new Date("2026-11-20T10:00:00Z"));
    expect(created).toMatchObject({ ok: true, article: { slug: "desk-hands-warm-up" } });
    const id = (created as { article: { id: string } }).article.id;
    expect(await getArticleBySlug("desk-hands-warm-up")).toBeNull();

    expect(await setArticlePublished(id, true, editorId, new Date("2026-11-21T10:00:00Z"))).toMatchObject({ ok: true, changed: true });
    const live = await getArticleBySlug("desk-hands-warm-up");
    expect(live).toMatchObject({ title: "A two-minute warm-up for writing hands", publishedAt: "2026-11-21T10:00:00.000Z" });
    expect(live?.devices.map((device) => device.slug)).toEqual(["gun"]);
    expect(live?.headings).toEqual([{ id: "before-you-sit-down-to-write", text: "Before you sit down to write", depth: 2 }]);

    const audit = await database.db.auditLog.findMany({ where: { entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => [row.action, row.actorId])).toEqual([
      ["article.create", editorId],
      ["article.publish", editorId],
    ]);
  });

  it("saves an edit that readers see, keeps the first publication date, and records the old and new wording", async () => {
    const id = (await database.db.article.findUniqueOrThrow({ where: { slug: "desk-hands-warm-up" } })).id;
    const input = articleSchema.parse(fields({ title: "Warming up hands before a long write", published: "on" }));
    expect(await updateArticle(id, input, editorId, new Date("2026-11-25T10:00:00Z"))).toEqual({ ok: true, article: { id, slug: "desk-hands-warm-up" } });
    expect(await getArticleBySlug("desk-hands-warm-up")).toMatchObject({ title: "Warming up hands before a long write", publishedAt: "2026-11-21T10:00:00.000Z", devices: [] });
    expect(await getArticleForEdit(id)).toMatchObject({ productIds: [], topics: ["hands", "prevention"], published: true });
    const audit = await database.db.auditLog.findFirstOrThrow({ where: { entityId: id, action: "article.update" } });
    expect(audit.before).toMatchObject({ title: "A two-minute warm-up for writing hands", productIds: [gunId] });
    expect(audit.after).toMatchObject({ title: "Warming up hands before a long write", productIds: [] });
  });

  it("unpublishes: the article leaves the hub and its page", async () => {
    const id = (await database.db.article.findUniqueOrThrow({ where: { slug: "desk-hands-warm-up" } })).id;
    expect((await listArticles()).map((article) => article.slug)).toContain("desk-hands-warm-up");
    expect(await setArticlePublished(id, false, editorId)).toMatchObject({ ok: true, changed: true });
    expect(await setArticlePublished(id, false, editorId)).toMatchObject({ ok: true, changed: false });
    expect((await listArticles()).map((article) => article.slug)).not.toContain("desk-hands-warm-up");
    expect(await getArticleBySlug("desk-hands-warm-up")).toBeNull();
    expect(await database.db.auditLog.count({ where: { entityId: id, action: "article.unpublish" } })).toBe(1);
  });

  it("refuses a slug already in use, an unknown device and an unknown article", async () => {
    expect(await createArticle(articleSchema.parse(fields()), editorId)).toEqual({ ok: false, code: "SLUG_TAKEN" });
    expect(await createArticle(articleSchema.parse(fields({ slug: "another-one", productIds: "nope" })), editorId)).toEqual({ ok: false, code: "UNKNOWN_PRODUCT" });
    expect(await updateArticle("missing", articleSchema.parse(fields()), editorId)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await setArticlePublished("missing", true, editorId)).toEqual({ ok: false, code: "NOT_FOUND" });
  });
});
