// What every server action returns: success with data, or every field's messages plus one form message.
// Expected failures are values, not throws (production Next hides thrown messages).
export type FieldErrors = Record<string, string[]>;

export type ActionResult<Data = undefined> =
  | { ok: true; data: Data; message?: string }
  | { ok: false; code: string; formError?: string; fieldErrors?: FieldErrors };

export const GENERIC_ERROR = "Something went wrong on our side. Nothing was changed; please try again.";
