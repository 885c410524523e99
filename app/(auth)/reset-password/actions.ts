"use server";

import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { PASSWORD_RESET_DONE, TOKEN_REFUSALS } from "@/lib/account/messages";
import { resetPassword } from "@/lib/account/reset-password";
import { PASSWORD_CONTAINS_EMAIL, resetPasswordSchema } from "@/lib/auth/schemas";

export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) => {
  const result = await resetPassword(input);
  if (result.ok) return { ok: true, data: undefined, message: PASSWORD_RESET_DONE };
  if (result.code === "PASSWORD_CONTAINS_EMAIL") return refusal(result.code, { field: "password", message: PASSWORD_CONTAINS_EMAIL });
  return refusal(result.code, TOKEN_REFUSALS[result.code]);
});
