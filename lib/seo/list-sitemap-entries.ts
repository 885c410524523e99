import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { TAGS } from "../cache-tags";
import { findSitemapEntries, type SitemapEntries } from "./find-sitemap-entries";

export async function listSitemapEntries(): Promise<SitemapEntries> {
  "use cache";
  cacheTag(TAGS.products, TAGS.articles);
  cacheLife("hours");
  return findSitemapEntries();
}
