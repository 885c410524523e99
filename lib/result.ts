// The one result shape of lib/ and of server actions: success carries its data beside `ok: true`; a
// refusal carries a code (lib/ reports codes, the edge picks the sentence) and any details that explain it.
// Expected failures are values, not throws.

export type Ok<Data extends object = object> = { ok: true } & Data;

export type Refused<Code extends string, Details extends object = object> = { ok: false; code: Code } & Details;

/** `Refusal` is a union of `Refused<…>` members, one per code. */
export type Result<Data extends object, Refusal extends { ok: false; code: string }> = Ok<Data> | Refusal;

/** Each field's messages, keyed by the field's name ("form" for the schema's own refinements). */
export type FieldErrors = Record<string, string[]>;

/** What a server action hands its form: the data and a success sentence, or every message to show. */
export type ActionResult<Data = undefined> =
  | Ok<{ data: Data; message?: string }>
  | Refused<string, { formError?: string; fieldErrors?: FieldErrors }>;
