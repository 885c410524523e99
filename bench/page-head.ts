// Where a page's metadata landed: Next streams metadata from a dynamic generateMetadata into <body>,
// and crawlers or audits that read only <head> (Lighthouse's SEO checks) then miss it.
export type Placement = "head" | "body" | "missing";
export type MetadataPlacement = { title: Placement; description: Placement; canonical: Placement; canonicalUrls: string[] };

const TAGS = {
  title: /<title\b/gi,
  description: /<meta\b[^>]*\bname="description"/gi,
  canonical: /<link\b[^>]*\brel="canonical"[^>]*>/gi,
};

export function metadataPlacement(html: string): MetadataPlacement {
  const headEnd = html.search(/<\/head>/i);
  const place = (pattern: RegExp): Placement => {
    const first = [...html.matchAll(pattern)][0];
    if (!first || first.index === undefined) return "missing";
    return headEnd >= 0 && first.index < headEnd ? "head" : "body";
  };
  const canonicalUrls = [...html.matchAll(TAGS.canonical)].map((match) => /\bhref="([^"]*)"/.exec(match[0])?.[1] ?? "");
  return { title: place(TAGS.title), description: place(TAGS.description), canonical: place(TAGS.canonical), canonicalUrls };
}
