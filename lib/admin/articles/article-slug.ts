/** Article slugs are kebab-case words (the storefront's /learn/[slug] accepts nothing else). */
export const ARTICLE_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
