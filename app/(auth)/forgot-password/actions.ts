"use server";

import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { RESET_REQUESTED, resetRequestsRateLimited } from "@/lib/account/messages";
import { requestPasswordReset } from "@/lib/account/request-password-reset";
import { forgotPasswordSchema } from "@/lib/auth/schemas";
import { clientAddress } from "@/lib/http/client-address";

export const forgotPasswordAction = publicAction(forgotPasswordSchema, async ({ email }) => {
  const result = await requestPasswordReset(email, { ip: await clientAddress() });
  if (result.ok) return { ok: true, data: undefined, message: RESET_REQUESTED };
  return refusal(result.code, resetRequestsRateLimited(result.retryAfterSeconds));
});
