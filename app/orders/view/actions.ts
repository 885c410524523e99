"use server";
// The guest order page's return form. The signed "view" link the shopper followed is the only proof of
// whose order it is: it is checked here again, and every line and quantity is checked by requestReturn.

import { refresh } from "next/cache";
import { z } from "zod";
import { publicAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { authSecret } from "@/lib/auth/secret";
import { clientAddress } from "@/lib/http/client-address";
import { verifyOrderToken } from "@/lib/orders/order-link";
import { RETURN_LINK_REFUSED, RETURN_REQUESTED_MESSAGE, requestReturnRefusal } from "@/lib/returns/messages";
import { requestReturn } from "@/lib/returns/request-return";
import { returnRequestSchema } from "@/lib/returns/return-request-schema";

const schema = returnRequestSchema({ order: z.string().max(1000) });

export const requestGuestReturnAction = publicAction(schema, async (input) => {
  const orderId = verifyOrderToken(input.order, "view", authSecret());
  if (!orderId) return refusal("LINK_REFUSED", RETURN_LINK_REFUSED);
  const result = await requestReturn({ order: { id: orderId }, reason: input.reason, lines: input.lines }, { ip: await clientAddress() });
  if (!result.ok) return refusal(result.code, requestReturnRefusal(result));
  refresh();
  return { ok: true, data: undefined, message: RETURN_REQUESTED_MESSAGE };
});
