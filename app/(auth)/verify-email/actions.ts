"use server";

import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { confirmEmail } from "@/lib/account/confirm-email";
import { EMAIL_CONFIRMED, EMAIL_TAKEN_MEANWHILE, TOKEN_REFUSALS } from "@/lib/account/messages";

export const confirmEmailAction = publicAction(z.object({ token: z.string().min(1).max(200) }), async ({ token }) => {
  const result = await confirmEmail(token);
  if (result.ok) return { ok: true, data: undefined, message: EMAIL_CONFIRMED };
  if (result.code === "EMAIL_TAKEN") return refusal(result.code, EMAIL_TAKEN_MEANWHILE);
  return refusal(result.code, TOKEN_REFUSALS[result.code]);
});
