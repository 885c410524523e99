"use server";

import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { contactRateLimited, contactSchema, contactSentMessage, sendContactMessage } from "@/lib/contact";
import { clientAddress } from "@/lib/http/client-address";

/** The contact page's form: mails support, limited per client address. */
export const sendContactMessageAction = publicAction(contactSchema, async (input) => {
  const result = await sendContactMessage(input, { ip: await clientAddress() });
  if (!result.ok) return refusal(result.code, contactRateLimited(result.retryAfterSeconds));
  return { ok: true, data: undefined, message: contactSentMessage(input.email) };
});
