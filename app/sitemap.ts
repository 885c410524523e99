import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { buildSitemap, listSitemapEntries } from "@/lib/seo";

// Built per request from the tagged cache, so `next build` never needs the database.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  return buildSitemap(await listSitemapEntries(), env().APP_URL);
}
