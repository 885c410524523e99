"use server";
// Staff actions on one order. Each validates, checks its permission (in permissionAction), calls the
// lib/admin/orders operation and turns its code into a sentence; success reloads the order's page.

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { permissionAction } from "@/lib/actions/define-action";
import { refusal } from "@/lib/actions/messages";
import { cancelOrder } from "@/lib/admin/orders/cancel-order";
import { CANCEL_REFUSALS, refundRefusal, RESOLVE_REFUSALS, SHIP_REFUSALS } from "@/lib/admin/orders/messages";
import { dollarsToCents } from "@/lib/money";
import { refundOrder } from "@/lib/admin/orders/refund-order";
import { resolveAttention } from "@/lib/admin/orders/resolve-attention";
import { shipOrder } from "@/lib/admin/orders/ship-order";
import { decideReturn } from "@/lib/returns/decide-return";
import { DECIDE_REFUSALS, RECEIVE_REFUSALS } from "@/lib/returns/messages";
import { receiveReturn } from "@/lib/returns/receive-return";
import { TAGS } from "@/lib/cache-tags";
import { stockChanged } from "@/lib/catalog/stock-changed";

const orderId = z.string().min(1).max(100);
const back = (id: string, notice: string) => redirect(`/admin/orders/${encodeURIComponent(id)}?notice=${notice}`);

const shipSchema = z.object({
  orderId,
  carrier: z.string().trim().min(2, "Enter the carrier, for example UPS.").max(60, "Keep the carrier under 60 characters."),
  trackingNumber: z
    .string()
    .trim()
    .min(4, "Enter the tracking number.")
    .max(60, "Keep the tracking number under 60 characters.")
    .regex(/^[A-Za-z0-9 -]+$/, "Use letters, digits, spaces and dashes only."),
});

export const shipOrderAction = permissionAction("orders.fulfil", shipSchema, async (input, { user }) => {
  const result = await shipOrder({ ...input, actorId: user.id });
  if (!result.ok) return refusal(result.code, SHIP_REFUSALS[result.code]);
  return back(input.orderId, result.mailed ? "shipped" : "shipped-unmailed");
});

const cancelSchema = z.object({ orderId, confirm: z.literal("yes", { message: "Tick the box to confirm the cancellation." }) });

export const cancelOrderAction = permissionAction("orders.fulfil", cancelSchema, async (input, { user }) => {
  const result = await cancelOrder({ orderId: input.orderId, actorId: user.id });
  if (!result.ok) return refusal(result.code, CANCEL_REFUSALS[result.code]);
  stockChanged(); // reserved or on-hand units came back
  updateTag(TAGS.coupons); // a code use or hold was given back
  return back(input.orderId, "cancelled");
});

const refundSchema = z.object({
  orderId,
  amount: z
    .string()
    .trim()
    .transform((text, ctx) => {
      const cents = dollarsToCents(text);
      if (cents === null || cents < 1) {
        ctx.addIssue({ code: "custom", message: "Enter an amount in dollars above zero, for example 25 or 25.50." });
        return z.NEVER;
      }
      return cents;
    }),
});

export const refundOrderAction = permissionAction("orders.refund", refundSchema, async (input, { user }) => {
  const result = await refundOrder({ orderId: input.orderId, amountCents: input.amount, actorId: user.id });
  if (!result.ok) return refusal(result.code, refundRefusal(result));
  return back(input.orderId, result.status === "REFUNDED" ? "refunded" : "partly-refunded");
});

const resolveSchema = z.object({
  orderId,
  note: z.string().trim().min(3, "Say in a few words what was done.").max(300, "Keep the note under 300 characters."),
});

export const resolveAttentionAction = permissionAction("orders.fulfil", resolveSchema, async (input, { user }) => {
  const result = await resolveAttention({ ...input, actorId: user.id });
  if (!result.ok) return refusal(result.code, RESOLVE_REFUSALS[result.code]);
  return back(input.orderId, "resolved");
});

const returnId = z.string().min(1).max(100);

export const approveReturnAction = permissionAction("orders.fulfil", z.object({ returnId }), async (input, { user }) => {
  const result = await decideReturn({ returnId: input.returnId, decision: "APPROVED", actorId: user.id });
  if (!result.ok) return refusal(result.code, DECIDE_REFUSALS[result.code]);
  return back(result.orderId, result.mailed ? "return-approved" : "return-unmailed");
});

const declineSchema = z.object({
  returnId,
  reason: z.string().trim().min(5, "Tell the customer in a sentence why the return is declined.").max(500, "Keep the reason under 500 characters."),
});

export const declineReturnAction = permissionAction("orders.fulfil", declineSchema, async (input, { user }) => {
  const result = await decideReturn({ returnId: input.returnId, decision: "DECLINED", reason: input.reason, actorId: user.id });
  if (!result.ok) return refusal(result.code, DECIDE_REFUSALS[result.code]);
  return back(result.orderId, result.mailed ? "return-declined" : "return-unmailed");
});

/** Units back on hand, then the order page opens with the refund form holding what they were paid for. */
export const receiveReturnAction = permissionAction("orders.fulfil", z.object({ returnId }), async (input, { user }) => {
  const result = await receiveReturn({ returnId: input.returnId, actorId: user.id });
  if (!result.ok) return refusal(result.code, RECEIVE_REFUSALS[result.code]);
  stockChanged();
  return redirect(`/admin/orders/${encodeURIComponent(result.orderId)}?notice=${result.mailed ? "return-received" : "return-unmailed"}&refundReturn=${encodeURIComponent(input.returnId)}`);
});
