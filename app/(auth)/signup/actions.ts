"use server";

import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { SIGN_UP_DONE, signUpRateLimited } from "@/lib/auth/messages";
import { signUp } from "@/lib/auth/sign-up";
import { signUpSchema } from "@/lib/auth/schemas";
import { clientAddress } from "@/lib/http/client-address";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  const result = await signUp(input, { ip: await clientAddress() });
  if (result.ok) return { ok: true, data: undefined, message: SIGN_UP_DONE };
  return refusal(result.code, signUpRateLimited(result.retryAfterSeconds));
});
