"use server";

import { z } from "zod";
import { endEverySession } from "@/lib/account/end-every-session";
import {
  ALREADY_CONFIRMED,
  CONFIRMATION_RESENT,
  confirmationsRateLimited,
} from "@/lib/account/messages";
import { resendEmailConfirmation } from "@/lib/account/resend-email-confirmation";
import { userAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";

const nothing = z.object({});

/** Ends every session of the account, this one included; the form then signs this browser out. */
export const signOutEverywhereAction = userAction(nothing, async (_input, { user }) => {
  await endEverySession(user.id);
  return { ok: true, data: undefined };
});

export const resendConfirmationAction = userAction(nothing, async (_input, { user }) => {
  const result = await resendEmailConfirmation(user.id);
  if (result.ok) return { ok: true, data: undefined, message: CONFIRMATION_RESENT };
  if (result.code === "ALREADY_CONFIRMED") return refusal(result.code, ALREADY_CONFIRMED);
  return refusal(result.code, confirmationsRateLimited(result.retryAfterSeconds));
});
