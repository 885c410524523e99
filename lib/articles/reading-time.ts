/** Words per minute of an unhurried adult reader. */
export const WORDS_PER_MINUTE = 200;

/** Whole minutes to read a Markdown text (at least 1); link targets and Markdown symbols are not words. */
export function readingMinutes(markdown: string): number {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ") // fenced code
    .replace(/\]\([^)]*\)/g, "]") // link and image targets
    .replace(/[#*_>`~|[\]-]/g, " ");
  const words = text.match(/[\p{L}\p{N}'’]+/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(words / WORDS_PER_MINUTE));
}
