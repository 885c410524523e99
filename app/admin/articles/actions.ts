"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult } from "@/lib/actions/action-result";
import { permissionAction } from "@/lib/actions/define-action";
import { articleSchema, createArticle, setArticlePublished, updateArticle, type SaveArticleResult } from "@/lib/admin/articles";
import { TAGS } from "@/lib/cache-tags";

/** The hub, search, sitemap and device pages read TAGS.articles; the article page its own tag too. */
function articleChanged(slug: string) {
  updateTag(TAGS.articles);
  updateTag(TAGS.article(slug));
}

function refusal(result: Extract<SaveArticleResult, { ok: false }>): ActionResult<{ id: string }> {
  switch (result.code) {
    case "SLUG_TAKEN":
      return { ok: false, code: result.code, formError: "Please correct the fields marked below.", fieldErrors: { slug: ["Another article already uses this address."] } };
    case "NOT_FOUND":
      return { ok: false, code: result.code, formError: "This article no longer exists." };
    case "UNKNOWN_PRODUCT":
      return { ok: false, code: result.code, formError: "One of the devices is gone. Reload the page and try again." };
  }
}

export const createArticleAction = permissionAction("articles.manage", articleSchema, async (input, { user }) => {
  const result = await createArticle(input, user.id);
  if (!result.ok) return refusal(result);
  articleChanged(result.article.slug);
  redirect(`/admin/articles/${result.article.id}?created=1`);
});

export const updateArticleAction = permissionAction("articles.manage", articleSchema, async (input, { user }) => {
  if (!input.id) return { ok: false, code: "NOT_FOUND", formError: "This article no longer exists." };
  const result = await updateArticle(input.id, input, user.id);
  if (!result.ok) return refusal(result);
  articleChanged(result.article.slug);
  return { ok: true, data: { id: result.article.id }, message: input.published ? "Saved. The published article shows the change now." : "Saved as a draft; shoppers do not see it." };
});

const setPublishedSchema = z.object({
  id: z.string().min(1).max(64),
  published: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const setArticlePublishedAction = permissionAction("articles.manage", setPublishedSchema, async (input, { user }) => {
  const result = await setArticlePublished(input.id, input.published, user.id);
  if (!result.ok) return { ok: false, code: result.code, formError: "This article no longer exists." };
  if (result.changed) articleChanged(result.slug);
  return { ok: true, data: undefined, message: `“${result.title}” is ${input.published ? "published" : "back to draft"}.` };
});
