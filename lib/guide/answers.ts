// The relief guide's questions and the parsing of their answers from a GET query string.
import { z } from "zod";

export const GUIDE_QUESTIONS = {
  where: ["legs", "hands", "both"],
  severity: ["mild", "moderate", "severe"],
  frequency: ["rarely", "weekly", "most-days"],
  night: ["yes", "no"],
} as const;

export type GuideField = keyof typeof GUIDE_QUESTIONS;
export const GUIDE_FIELDS = Object.keys(GUIDE_QUESTIONS) as GuideField[];

export const guideAnswersSchema = z.object({
  where: z.enum(GUIDE_QUESTIONS.where),
  severity: z.enum(GUIDE_QUESTIONS.severity),
  frequency: z.enum(GUIDE_QUESTIONS.frequency),
  night: z.enum(GUIDE_QUESTIONS.night),
});

export type GuideAnswers = z.infer<typeof guideAnswersSchema>;

/** Why an answer was refused: not given at all, or not one of the offered choices. */
export type GuideAnswerError = "missing" | "invalid";

export type ParsedGuide =
  | { kind: "unanswered" }
  | { kind: "invalid"; errors: Partial<Record<GuideField, GuideAnswerError>>; values: Partial<GuideAnswers> }
  | { kind: "answered"; answers: GuideAnswers };

type SearchParams = Record<string, string | string[] | undefined>;

function first(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text === undefined || text.trim() === "" ? undefined : text.trim();
}

/** No guide field in the query: the visitor has not answered yet (no error to show). */
export function parseGuideAnswers(searchParams: SearchParams): ParsedGuide {
  const raw = Object.fromEntries(GUIDE_FIELDS.map((field) => [field, first(searchParams[field])]));
  if (GUIDE_FIELDS.every((field) => raw[field] === undefined)) return { kind: "unanswered" };

  const result = guideAnswersSchema.safeParse(raw);
  if (result.success) return { kind: "answered", answers: result.data };

  const errors: Partial<Record<GuideField, GuideAnswerError>> = {};
  const values: Partial<Record<GuideField, string>> = {};
  for (const field of GUIDE_FIELDS) {
    const parsed = guideAnswersSchema.shape[field].safeParse(raw[field]);
    if (parsed.success) values[field] = parsed.data;
    else errors[field] = raw[field] === undefined ? "missing" : "invalid";
  }
  return { kind: "invalid", errors, values: values as Partial<GuideAnswers> };
}

/** The answers as the guide's own query string, e.g. for a link that carries them to another page. */
export function guideQuery(answers: GuideAnswers): string {
  return new URLSearchParams(GUIDE_FIELDS.map((field) => [field, answers[field]])).toString();
}
