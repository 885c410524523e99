"use server";
// The account order page's return form. The order is found by its number among the signed-in account's
// own orders, so another shopper's number looks absent; requestReturn checks every line and quantity.

import { refresh } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { clientAddress } from "@/lib/http/client-address";
import { RETURN_REQUESTED_MESSAGE, requestReturnRefusal } from "@/lib/returns/messages";
import { requestReturn } from "@/lib/returns/request-return";
import { returnRequestSchema } from "@/lib/returns/return-request-schema";

const schema = returnRequestSchema({ number: z.string().trim().toUpperCase().min(1).max(40) });

export const requestAccountReturnAction = userAction(schema, async (input, { user }) => {
  const order = { number: input.number, userId: user.id };
  const result = await requestReturn({ order, reason: input.reason, lines: input.lines }, { ip: await clientAddress() });
  if (!result.ok) return refusal(result.code, requestReturnRefusal(result));
  refresh();
  return { ok: true, data: undefined, message: RETURN_REQUESTED_MESSAGE };
});
