"use server";

import { publicAction } from "@/lib/actions/define-action";
import { signUp } from "@/lib/auth/sign-up";
import { signUpSchema } from "@/lib/auth/schemas";
import { clientAddress } from "@/lib/http/client-address";

export const signUpAction = publicAction(signUpSchema, async (input) => {
  const result = await signUp(input, { ip: await clientAddress() });
  if (result.ok) return { ok: true, data: undefined };
  const minutes = Math.ceil(result.retryAfterSeconds / 60);
  return { ok: false, code: result.code, formError: `Too many sign-ups from your network. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.` };
});
