"use server";
// Staff actions on one order. Each validates, checks its permission (in permissionAction), calls the
// lib/admin/orders operation and turns its code into a sentence; success reloads the order's page.

import { updateTag } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { permissionAction } from "@/lib/actions/define-action";
import { cancelOrder } from "@/lib/admin/orders/cancel-order";
import { dollarsToCents } from "@/lib/admin/orders/parse-dollars";
import { refundOrder } from "@/lib/admin/orders/refund-order";
import { resolveAttention } from "@/lib/admin/orders/resolve-attention";
import { shipOrder } from "@/lib/admin/orders/ship-order";
import { TAGS } from "@/lib/cache-tags";
import { stockChanged } from "@/lib/catalog/stock-changed";
import { formatMoney } from "@/lib/money";

const orderId = z.string().min(1).max(100);
const back = (id: string, notice: string) => redirect(`/admin/orders/${encodeURIComponent(id)}?notice=${notice}`);

const SHIP_ERRORS = {
  NOT_FOUND: "This order no longer exists.",
  NOT_SHIPPABLE: "Only a paid order that has not shipped can be marked shipped. Reload to see its current state.",
} as const;

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
  if (!result.ok) return { ok: false, code: result.code, formError: SHIP_ERRORS[result.code] };
  return back(input.orderId, result.mailed ? "shipped" : "shipped-unmailed");
});

const CANCEL_ERRORS = {
  NOT_FOUND: "This order no longer exists.",
  NOT_CANCELLABLE: "This order can no longer be cancelled (it has shipped, or is already cancelled or refunded).",
  NO_PAYMENT: "This order's payment cannot be refunded from here; refund it in the payment provider's dashboard.",
  PROVIDER_FAILED: "The payment provider did not accept the refund, so nothing was changed. Try again in a minute.",
  CHANGED: "The order changed while you were cancelling it. Reload the page and check it again.",
} as const;

const cancelSchema = z.object({ orderId, confirm: z.literal("yes", { message: "Tick the box to confirm the cancellation." }) });

export const cancelOrderAction = permissionAction("orders.fulfil", cancelSchema, async (input, { user }) => {
  const result = await cancelOrder({ orderId: input.orderId, actorId: user.id });
  if (!result.ok) return { ok: false, code: result.code, formError: CANCEL_ERRORS[result.code] };
  stockChanged(); // reserved or on-hand units came back
  updateTag(TAGS.coupons); // a code use or hold was given back
  return back(input.orderId, "cancelled");
});

const REFUND_ERRORS = {
  NOT_FOUND: "This order no longer exists.",
  NOT_REFUNDABLE: "Only a paid order that is not fully refunded can be refunded.",
  NO_PAYMENT: "This order's payment cannot be refunded from here; refund it in the payment provider's dashboard.",
  INVALID_AMOUNT: "Enter an amount above zero.",
  PROVIDER_FAILED: "The payment provider did not accept the refund, so nothing was changed. Try again in a minute.",
  CHANGED: "Someone refunded this order while you were filling in the form. Reload the page before refunding again.",
} as const;

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
  if (!result.ok) {
    if (result.code === "OVER_REFUND") {
      const most = formatMoney(result.refundableCents ?? 0);
      return { ok: false, code: result.code, formError: "Please correct the fields marked below.", fieldErrors: { amount: [`At most ${most} can still be refunded.`] } };
    }
    return { ok: false, code: result.code, formError: REFUND_ERRORS[result.code] };
  }
  return back(input.orderId, result.status === "REFUNDED" ? "refunded" : "partly-refunded");
});

const RESOLVE_ERRORS = {
  NOT_FOUND: "This order no longer exists.",
  NOT_FLAGGED: "This order's flag was already cleared or changed. Reload the page to see it.",
} as const;

const resolveSchema = z.object({
  orderId,
  note: z.string().trim().min(3, "Say in a few words what was done.").max(300, "Keep the note under 300 characters."),
});

export const resolveAttentionAction = permissionAction("orders.fulfil", resolveSchema, async (input, { user }) => {
  const result = await resolveAttention({ ...input, actorId: user.id });
  if (!result.ok) return { ok: false, code: result.code, formError: RESOLVE_ERRORS[result.code] };
  return back(input.orderId, "resolved");
});
