import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { env } from "@/lib/env";
import { absoluteUrl } from "@/lib/seo";

// Per request, so the sitemap address follows the APP_URL the server runs with, not the build's.
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection();
  const baseUrl = env().APP_URL;
  return {
    rules: {
      userAgent: "*",
      allow: "/",
      disallow: ["/admin", "/account", "/cart", "/checkout", "/api/"],
    },
    sitemap: absoluteUrl("/sitemap.xml", baseUrl),
    host: new URL(baseUrl).origin,
  };
}
