// The sentences every form shares, whatever its domain.
import type { ActionResult } from "../result";

export const FIX_FIELDS = "Please correct the fields marked below.";

export const GENERIC_ERROR = "Something went wrong on our side. Nothing was changed; please try again.";

/** A refusal's words: a sentence for the whole form, or a message under one field. */
export type RefusalText = string | { field: string; message: string };

/** Turns a lib/ refusal code and its words into what the form shows. */
export function refusal(code: string, text: RefusalText): Extract<ActionResult<never>, { ok: false }> {
  if (typeof text === "string") return { ok: false, code, formError: text };
  return { ok: false, code, formError: FIX_FIELDS, fieldErrors: { [text.field]: [text.message] } };
}
