// What the article form may send. The body is Markdown, rendered by the storefront's safe renderer
// (raw HTML dropped), so it is stored as typed; only its size is limited.
import { z } from "zod";
import { TOPICS } from "../../articles/topics";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../../slug";

const TOPIC_NAMES = Object.keys(TOPICS) as [keyof typeof TOPICS, ...(keyof typeof TOPICS)[]];

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => [...new Set((value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean))]);

export const articleSchema = z.object({
  id: z.string().max(64).optional(),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(3, "Use at least 3 characters.")
    .max(MAX_SLUG_LENGTH.article, `Use at most ${MAX_SLUG_LENGTH.article} characters.`)
    .regex(SLUG_PATTERN, "Use lower-case words joined by single dashes, such as night-calf-cramps."),
  title: z.string().trim().min(5, "Give the article a title of at least 5 characters.").max(140, "Use at most 140 characters."),
  summary: z.string().trim().min(20, "Write a summary of at least 20 characters.").max(400, "Use at most 400 characters."),
  body: z.string().trim().min(50, "Write a body of at least 50 characters.").max(60_000, "Use at most 60,000 characters."),
  topics: list.pipe(
    z
      .array(z.enum(TOPIC_NAMES, { message: "Choose topics from the list." }))
      .min(1, "Choose at least one topic.")
      .max(4, "Choose at most 4 topics."),
  ),
  productIds: list.pipe(z.array(z.string().max(64)).max(6, "Link at most 6 devices.")),
  published: z
    .string()
    .optional()
    .transform((value) => value === "on" || value === "true"),
});

export type ArticleInput = z.infer<typeof articleSchema>;
