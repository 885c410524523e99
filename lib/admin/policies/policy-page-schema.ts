// What the policy editor may send. The body is Markdown, rendered by the storefront's safe renderer (raw HTML
// dropped), so it is stored as typed; only its size is limited. The slug names the page, it is never renamed.
import { z } from "zod";
import { POLICY_SLUGS } from "../../policies/policy-slugs";

export const policyPageSchema = z.object({
  slug: z.enum(POLICY_SLUGS, { message: "This page is not one of the store's policy pages." }),
  title: z.string().trim().min(3, "Give the page a title of at least 3 characters.").max(100, "Use at most 100 characters."),
  summary: z.string().trim().min(20, "Write a summary of at least 20 characters.").max(300, "Use at most 300 characters."),
  body: z.string().trim().min(50, "Write a body of at least 50 characters.").max(60_000, "Use at most 60,000 characters."),
});

export type PolicyPageInput = z.infer<typeof policyPageSchema>;
