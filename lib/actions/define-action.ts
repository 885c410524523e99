// The one wrapper every server action goes through: parse the form with zod, find the user, check the
// permission, then call a plain lib/ function. The permission is declared where the action is defined,
// and kept on the function so a test can walk every action and check it refuses the wrong people.
import "server-only";
import type { z } from "zod";
import { authorize, type CurrentUser } from "../auth/current-user";
import type { Permission } from "../auth/permissions";
import { requestLogger } from "../log/request-logger";
import { ACCESS_REFUSALS } from "../auth/messages";
import type { ActionResult, FieldErrors } from "../result";
import { FIX_FIELDS, GENERIC_ERROR, refusal } from "./messages";

/** public: anyone; user: any signed-in account (its own data only); permission: staff with that permission. */
export type Access = { kind: "public" } | { kind: "user" } | { kind: "permission"; permission: Permission };

export type FormAction<Data> = ((previous: unknown, formData: FormData) => Promise<ActionResult<Data>>) & {
  access: Access;
};

type Handler<Schema extends z.ZodType, Data, User> = (input: z.infer<Schema>, context: { user: User }) => Promise<ActionResult<Data>>;

export function formDataToObject(formData: FormData): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue; // Next's own fields
    const values = formData.getAll(key);
    object[key] = values.length > 1 ? values : values[0];
  }
  return object;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return fieldErrors;
}

function define<Schema extends z.ZodType, Data, User>(
  access: Access,
  schema: Schema,
  handler: Handler<Schema, Data, User>,
): FormAction<Data> {
  const action = async (_previous: unknown, formData: FormData): Promise<ActionResult<Data>> => {
    try {
      let user: CurrentUser | null = null;
      if (access.kind !== "public") {
        const auth = await authorize(access.kind === "permission" ? access.permission : undefined);
        if (!auth.ok) return refusal(auth.code, ACCESS_REFUSALS[auth.code]);
        user = auth.user;
      }
      const parsed = schema.safeParse(formDataToObject(formData));
      if (!parsed.success) {
        return { ok: false, code: "INVALID_INPUT", formError: FIX_FIELDS, fieldErrors: zodFieldErrors(parsed.error) };
      }
      return await handler(parsed.data, { user: user as User });
    } catch (error) {
      // Next's redirect()/notFound() are thrown on purpose: let them through.
      if (error && typeof error === "object" && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_")) {
        throw error;
      }
      (await requestLogger()).error({ err: error, access: access.kind }, "server action failed");
      return refusal("INTERNAL", GENERIC_ERROR);
    }
  };
  return Object.assign(action, { access });
}

// A handler that only refuses or redirects has no data: `never` fits whichever form it is handed to.
export const publicAction = <S extends z.ZodType, D = never>(schema: S, handler: Handler<S, D, CurrentUser | null>) =>
  define({ kind: "public" }, schema, handler);

/** For a signed-in user acting on their own account: the handler gets that user, never an id from the form. */
export const userAction = <S extends z.ZodType, D = never>(schema: S, handler: Handler<S, D, CurrentUser>) =>
  define({ kind: "user" }, schema, handler);

export const permissionAction = <S extends z.ZodType, D = never>(permission: Permission, schema: S, handler: Handler<S, D, CurrentUser>) =>
  define({ kind: "permission", permission }, schema, handler);
