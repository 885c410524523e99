// A first guess at where the shopper lives, from the languages their browser asks for: "en-GB" says GB.
// Only a guess for the cart's default: the shopper's own choice replaces it.

/** The store's home market: the answer when the browser's languages name no country the store ships to. */
export const HOME_COUNTRY = "US";

/** Region subtags of an Accept-Language header, most wanted first ("en-GB,en;q=0.8,de-AT;q=0.5" -> GB, AT). */
function regionsOf(acceptLanguage: string): string[] {
  return acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      const region = tag.split("-").slice(1).find((subtag) => /^[A-Za-z]{2}$/.test(subtag));
      return { region: region?.toUpperCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((entry): entry is { region: string; weight: number; index: number } => Boolean(entry.region) && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index)
    .map((entry) => entry.region);
}

/**
 * The first country of the header the store ships to; else the home country if shipped to; else the first
 * shipped country; null when the store ships nowhere.
 */
export function likelyCountry(acceptLanguage: string | null | undefined, shipped: readonly string[]): string | null {
  const found = regionsOf(acceptLanguage ?? "").find((region) => shipped.includes(region));
  if (found) return found;
  if (shipped.includes(HOME_COUNTRY)) return HOME_COUNTRY;
  return shipped[0] ?? null;
}
