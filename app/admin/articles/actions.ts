"use server";

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import {
  ARTICLE_REFUSALS,
  articlePublishedMessage,
  articleSavedMessage,
  articleSchema,
  createArticle,
  setArticlePublished,
  updateArticle,
} from "@/lib/admin/articles";
import { TAGS } from "@/lib/cache-tags";

/** The hub, search, sitemap and device pages read TAGS.articles; the article page its own tag too. */
function articleChanged(slug: string) {
  updateTag(TAGS.articles);
  updateTag(TAGS.article(slug));
}

export const createArticleAction = permissionAction("articles.manage", articleSchema, async (input, { user }) => {
  const result = await createArticle(input, user.id);
  if (!result.ok) return refusal(result.code, ARTICLE_REFUSALS[result.code]);
  articleChanged(result.article.slug);
  redirect(`/admin/articles/${result.article.id}?created=1`);
});

export const updateArticleAction = permissionAction("articles.manage", articleSchema, async (input, { user }) => {
  if (!input.id) return refusal("NOT_FOUND", ARTICLE_REFUSALS.NOT_FOUND);
  const result = await updateArticle(input.id, input, user.id);
  if (!result.ok) return refusal(result.code, ARTICLE_REFUSALS[result.code]);
  articleChanged(result.article.slug);
  return { ok: true, data: { id: result.article.id }, message: articleSavedMessage(input.published) };
});

const setPublishedSchema = z.object({
  id: z.string().min(1).max(64),
  published: z.enum(["true", "false"]).transform((value) => value === "true"),
});

export const setArticlePublishedAction = permissionAction("articles.manage", setPublishedSchema, async (input, { user }) => {
  const result = await setArticlePublished(input.id, input.published, user.id);
  if (!result.ok) return refusal(result.code, ARTICLE_REFUSALS[result.code]);
  if (result.changed) articleChanged(result.slug);
  return { ok: true, data: undefined, message: articlePublishedMessage(result.title, input.published) };
});
