import { beforeAll, describe, expect, it, vi } from "vitest";
import { zodFieldErrors } from "../actions/define-action";
import { policyPageSchema } from "../admin/policies/policy-page-schema";
import { updatePolicyPage } from "../admin/policies/update-policy-page";
import { listAdminPolicyPages } from "../admin/policies/list-admin-policy-pages";
import { getArticleBySlug } from "../articles/get-article-by-slug";
import { listArticles } from "../articles/list-articles";
import { createUser } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { getPolicyPage } from "./get-policy-page";

// The cached readers run as plain queries here: Next's cache exists only inside a Next server.
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), cacheTag: () => {}, cacheLife: () => {} }));

const database = setupTestDatabase();
let editorId = "";

const TERMS_BODY = "## Prices\n\nPrices are in US dollars and do not include import charges.";
const RETURNS_BODY = "You can send an unused device back within 30 days of delivery for a refund of what you paid.";

const fields = (overrides: Record<string, unknown> = {}) => ({
  slug: "returns",
  title: "Returns",
  summary: "Send an unused device back within 30 days of delivery.",
  body: RETURNS_BODY,
  ...overrides,
});

beforeAll(async () => {
  editorId = (await createUser(database.db, "MARKETING")).id;
  await database.db.policyPage.createMany({
    data: [
      { slug: "returns", title: "Returns", summary: "Send an unused device back within 30 days of delivery.", body: RETURNS_BODY },
      { slug: "terms", title: "Terms of sale", summary: "What you agree to when you pay.", body: TERMS_BODY },
      // A row no route serves (not in the fixed set): the storefront must not show it.
      { slug: "about", title: "About", summary: "s", body: "b" },
    ],
  });
});

describe("getPolicyPage", () => {
  it("reads a policy page for the storefront", async () => {
    expect(await getPolicyPage("terms")).toMatchObject({ slug: "terms", title: "Terms of sale", body: TERMS_BODY });
  });

  it.each(["about", "warranty", "Returns", "../returns", "x".repeat(500)])("finds nothing for %s", async (slug) => {
    expect(await getPolicyPage(slug)).toBeNull();
  });

  it("keeps policy pages out of the guides: neither the hub list nor the guide pages know them", async () => {
    expect((await listArticles()).map((article) => article.slug)).not.toContain("returns");
    expect(await getArticleBySlug("returns")).toBeNull();
  });
});

describe("policyPageSchema", () => {
  it.each([
    ["a slug outside the fixed set", { slug: "about" }, "slug"],
    ["a short title", { title: "Hi" }, "title"],
    ["a short summary", { summary: "Too brief." }, "summary"],
    ["a short body", { body: "Returns: ask us." }, "body"],
  ])("refuses %s under its field", (_name, overrides, field) => {
    const parsed = policyPageSchema.safeParse(fields(overrides));
    expect(parsed.success).toBe(false);
    expect(Object.keys(zodFieldErrors(parsed.error!))).toEqual([field]);
  });
});

describe("updatePolicyPage", () => {
  it("saves new wording that the storefront reads, with the old and new words in the audit log", async () => {
    const body = `${RETURNS_BODY}\n\n## Faulty devices\n\nWe pay the postage for a faulty device.`;
    const input = policyPageSchema.parse(fields({ title: "Returns and refunds", body }));
    expect(await updatePolicyPage(input, editorId)).toEqual({ ok: true, changed: true });

    expect(await getPolicyPage("returns")).toMatchObject({ title: "Returns and refunds", body });
    const page = await database.db.policyPage.findUniqueOrThrow({ where: { slug: "returns" } });
    const audit = await database.db.auditLog.findMany({ where: { entityType: "policy_page", entityId: page.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "policy.update", actorId: editorId });
    expect(audit[0].before).toMatchObject({ slug: "returns", title: "Returns", body: RETURNS_BODY });
    expect(audit[0].after).toMatchObject({ slug: "returns", title: "Returns and refunds", body });
    expect((await listAdminPolicyPages()).find((row) => row.slug === "returns")?.title).toBe("Returns and refunds");
  });

  it("writes nothing when the words are the same", async () => {
    const current = await database.db.policyPage.findUniqueOrThrow({ where: { slug: "terms" } });
    // What the form sends back unchanged (the schema trims the stray spaces a textarea can add).
    const input = policyPageSchema.parse({ slug: "terms", title: current.title, summary: current.summary, body: `${TERMS_BODY}\n` });
    expect(await updatePolicyPage(input, editorId)).toEqual({ ok: true, changed: false });
    expect(await database.db.auditLog.count({ where: { entityType: "policy_page", entityId: current.id } })).toBe(0);
    expect((await database.db.policyPage.findUniqueOrThrow({ where: { slug: "terms" } })).updatedAt).toEqual(current.updatedAt);
  });

  it("refuses a page the seed has not created", async () => {
    expect(await updatePolicyPage(policyPageSchema.parse(fields({ slug: "warranty" })), editorId)).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await database.db.policyPage.count({ where: { slug: "warranty" } })).toBe(0);
  });
});
