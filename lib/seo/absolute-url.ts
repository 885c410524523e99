/**
 * `path` on the store's public origin (APP_URL), for canonical links, sitemaps and structured data.
 * A base with a path prefix keeps it: ("/products", "https://x.test/shop") -> "https://x.test/shop/products".
 */
export function absoluteUrl(path: string, baseUrl: string): string {
  const base = baseUrl.endsWith("/") ? baseUrl : `${baseUrl}/`;
  return new URL(path.replace(/^\/+/, ""), base).toString();
}
