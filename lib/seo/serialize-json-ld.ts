// JSON for a <script type="application/ld+json"> body. Escaping <, > and & keeps text such as
// "</script>" in a product name from closing the tag; U+2028/2029 are escaped for old parsers.
const UNSAFE = /[<>&\u2028\u2029]/g;

export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
