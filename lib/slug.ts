// The one rule for the addresses of products and articles (/products/<slug>, /learn/<slug>).

/** Lower-case letters and digits in words joined by single hyphens: "night-calf-cramps". */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The longest slug an editor may give each kind; no longer one can exist. */
export const MAX_SLUG_LENGTH = { product: 60, article: 120 } as const;

/** Whether `text` can name a product or an article at all: routes check it before any cache or database read. */
export function isSlug(text: string, kind: keyof typeof MAX_SLUG_LENGTH): boolean {
  return text.length <= MAX_SLUG_LENGTH[kind] && SLUG_PATTERN.test(text);
}
