"use server";

import { z } from "zod";
import { changeName } from "@/lib/account/change-name";
import { changePassword } from "@/lib/account/change-password";
import { requestEmailChange } from "@/lib/account/change-email";
import { deleteAccount } from "@/lib/account/delete-account";
import { endEverySession } from "@/lib/account/end-every-session";
import {
  ACCOUNT_DELETED,
  ACCOUNT_REFUSALS,
  ALREADY_CONFIRMED,
  CONFIRMATION_RESENT,
  confirmationsRateLimited,
  EMAIL_CHANGE_SENT,
  NAME_SAVED,
  PASSWORD_CHANGED,
  tooManyPasswordTries,
} from "@/lib/account/messages";
import { resendEmailConfirmation } from "@/lib/account/resend-email-confirmation";
import { changeEmailSchema, changeNameSchema, changePasswordSchema, deleteAccountSchema } from "@/lib/account/schemas";
import { userAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { PASSWORD_CONTAINS_EMAIL } from "@/lib/auth/schemas";
import { reissueSession } from "@/lib/auth/reissue-session";

const nothing = z.object({});

type PasswordRefusal = { ok: false; code: "WRONG_PASSWORD" } | { ok: false; code: "RATE_LIMITED"; retryAfterSeconds: number };

const passwordRefusal = (result: PasswordRefusal) =>
  result.code === "WRONG_PASSWORD" ? refusal(result.code, ACCOUNT_REFUSALS.WRONG_PASSWORD) : refusal(result.code, tooManyPasswordTries(result.retryAfterSeconds));

export const changeNameAction = userAction(changeNameSchema, async ({ name }, { user }) => {
  await changeName(user.id, name);
  return { ok: true, data: undefined, message: NAME_SAVED };
});

/** Ends every other session; this browser's token is written again with the new version, so it stays signed in. */
export const changePasswordAction = userAction(changePasswordSchema, async (input, { user }) => {
  const result = await changePassword(user.id, input);
  if (result.ok) {
    await reissueSession(user.id, result.sessionVersion);
    return { ok: true, data: undefined, message: PASSWORD_CHANGED };
  }
  if (result.code === "PASSWORD_CONTAINS_EMAIL") return refusal(result.code, { field: "newPassword", message: PASSWORD_CONTAINS_EMAIL });
  return passwordRefusal(result);
});

export const changeEmailAction = userAction(changeEmailSchema, async (input, { user }) => {
  const result = await requestEmailChange(user.id, input);
  if (result.ok) return { ok: true, data: undefined, message: EMAIL_CHANGE_SENT };
  if (result.code === "SAME_EMAIL") return refusal(result.code, ACCOUNT_REFUSALS.SAME_EMAIL);
  return passwordRefusal(result);
});

/** Ends every session of the account, this one included; the form then signs this browser out. */
export const signOutEverywhereAction = userAction(nothing, async (_input, { user }) => {
  await endEverySession(user.id);
  return { ok: true, data: undefined };
});

export const deleteAccountAction = userAction(deleteAccountSchema, async ({ currentPassword }, { user }) => {
  const result = await deleteAccount(user.id, currentPassword);
  if (result.ok) return { ok: true, data: undefined, message: ACCOUNT_DELETED };
  if (result.code === "STAFF_ACCOUNT") return refusal(result.code, ACCOUNT_REFUSALS.STAFF_ACCOUNT);
  return passwordRefusal(result);
});

export const resendConfirmationAction = userAction(nothing, async (_input, { user }) => {
  const result = await resendEmailConfirmation(user.id);
  if (result.ok) return { ok: true, data: undefined, message: CONFIRMATION_RESENT };
  if (result.code === "ALREADY_CONFIRMED") return refusal(result.code, ALREADY_CONFIRMED);
  return refusal(result.code, confirmationsRateLimited(result.retryAfterSeconds));
});
