// Country names for people, from the runtime's own ICU data ("AU" -> "Australia"), so no list is kept here.
const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** Codes ICU names that are not countries a parcel can go to (groups, "unknown", the reserved UK). */
const NOT_COUNTRIES = new Set(["EU", "EZ", "UN", "ZZ", "QO", "UK"]);

/** Whether `code` is an ISO 3166-1 alpha-2 country code (upper case), as the runtime knows them. */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && !NOT_COUNTRIES.has(code) && names.of(code) !== undefined;
}

/** The English name of an ISO alpha-2 code, or the code itself when the runtime does not know it. */
export function countryName(code: string): string {
  return (/^[A-Za-z]{2}$/.test(code) && names.of(code.toUpperCase())) || code;
}

/** Codes with their names, sorted by name: what a country picker lists. */
export function countryOptions(codes: readonly string[]): { code: string; name: string }[] {
  return codes.map((code) => ({ code, name: countryName(code) })).sort((a, b) => a.name.localeCompare(b.name, "en"));
}
