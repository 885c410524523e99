/**
 * JSON for a `<script type="application/ld+json">`: `<` becomes \u003c, so no text inside
 * (an article title, say) can close the script element. U+2028/2029 are escaped for old parsers.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
