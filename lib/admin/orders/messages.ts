// What staff read after an action on an order, or when it is refused.
import type { RefusalText } from "../../actions/messages";
import { formatMoney } from "../../money";
import type { CancelOrderRefusal } from "./cancel-order";
import type { AdminOrder } from "./get-admin-order";
import type { RefundOrderRefusal } from "./refund-order";
import type { ResolveAttentionRefusal } from "./resolve-attention";
import type { ShipOrderRefusal } from "./ship-order";

const GONE = "This order no longer exists.";
const NO_PAYMENT = "This order's payment cannot be refunded from here; refund it in the payment provider's dashboard.";
const PROVIDER_FAILED = "The payment provider did not accept the refund, so nothing was changed. Try again in a minute.";

export const SHIP_REFUSALS = {
  NOT_FOUND: GONE,
  NOT_SHIPPABLE: "Only a paid order that has not shipped can be marked shipped. Reload to see its current state.",
} satisfies Record<ShipOrderRefusal["code"], RefusalText>;

export const CANCEL_REFUSALS = {
  NOT_FOUND: GONE,
  NOT_CANCELLABLE: "This order can no longer be cancelled (it has shipped, or is already cancelled or refunded).",
  NO_PAYMENT,
  PROVIDER_FAILED,
  CHANGED: "The order changed while you were cancelling it. Reload the page and check it again.",
} satisfies Record<CancelOrderRefusal["code"], RefusalText>;

const REFUND_REFUSALS = {
  NOT_FOUND: GONE,
  NOT_REFUNDABLE: "Only a paid order that is not fully refunded can be refunded.",
  NO_PAYMENT,
  INVALID_AMOUNT: "Enter an amount above zero.",
  PROVIDER_FAILED,
  CHANGED: "Someone refunded this order while you were filling in the form. Reload the page before refunding again.",
} satisfies Record<Exclude<RefundOrderRefusal["code"], "OVER_REFUND">, RefusalText>;

export function refundRefusal(refused: RefundOrderRefusal): RefusalText {
  if (refused.code === "OVER_REFUND") return { field: "amount", message: `At most ${formatMoney(refused.refundableCents)} can still be refunded.` };
  return REFUND_REFUSALS[refused.code];
}

export const RESOLVE_REFUSALS = {
  NOT_FOUND: GONE,
  NOT_FLAGGED: "This order's flag was already cleared or changed. Reload the page to see it.",
} satisfies Record<ResolveAttentionRefusal["code"], RefusalText>;

/** The order page's banner after an action, keyed by the `notice` the action redirects with. */
export const ORDER_NOTICES = {
  shipped: "Marked shipped. The customer has been e-mailed the tracking number.",
  "shipped-unmailed": "Marked shipped, but the e-mail to the customer could not be sent. Let them know the tracking number another way.",
  cancelled: "Order cancelled.",
  refunded: "Refunded in full.",
  "partly-refunded": "Partial refund made.",
  resolved: "Flag cleared.",
  "return-approved": "Return approved. The customer has been e-mailed how to send it back.",
  "return-declined": "Return declined. The customer has been e-mailed your reason.",
  "return-received": "Return received: the units are back in stock and the customer has been told. The refund form below holds what they paid for them.",
  "return-unmailed": "Return updated, but the e-mail to the customer could not be sent. Let them know another way.",
} as const;

/** What cancelling this order will do, shown beside the cancel button. */
export function cancelConsequence(order: AdminOrder): string {
  if (order.status === "PENDING") return "The checkout's reserved units and any code hold are released. No money has been taken.";
  const rest = formatMoney(order.totalCents - order.refundedCents, order.currency);
  return `The units go back on hand and the customer is refunded ${rest} in full. Use this only before the parcel leaves.`;
}
