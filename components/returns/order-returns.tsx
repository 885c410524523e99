import type { FormAction } from "@/components/forms/use-kept-form";
import type { OrderReturns } from "@/lib/returns/get-order-returns";
import { formatReturnDate, shopperReturnStatus, windowClosedSentence } from "@/lib/returns/messages";
import { QUANTITY_FIELD_PREFIX } from "@/lib/returns/return-request-schema";
import { ReturnRequestForm } from "./return-request-form";

/**
 * An order's returns for its buyer: each request and where it stands, then the return form (when a return
 * can be asked for), or why not. Nothing at all for an order that has not shipped and has no returns.
 * `identity` is the form's hidden field naming the order (see ReturnRequestForm).
 */
export function OrderReturnsSection({ returns, action, identity }: { returns: OrderReturns; action: FormAction; identity: { name: string; value: string } }) {
  if (returns.can === "NOT_SHIPPED" && !returns.requests.length) return null;
  return (
    <section aria-labelledby="returns-title" className="flex flex-col gap-4 rounded-2xl border border-slate-200 p-5" data-testid="order-returns">
      <h2 id="returns-title" className="text-lg font-semibold text-slate-900">Returns</h2>
      {returns.requests.length ? (
        <ul className="flex flex-col gap-3 text-sm">
          {returns.requests.map((request) => (
            <li key={request.id} className="rounded-lg bg-slate-50 p-3">
              <p className="font-medium text-slate-900">
                Return asked for on {formatReturnDate(request.createdAt)}
              </p>
              <p className="text-slate-700">{request.lines.map((line) => `${line.quantity} × ${line.productName}`).join(", ")}</p>
              <p className="mt-1 text-slate-800" data-testid="return-status">{shopperReturnStatus(request, returns.currency)}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {returns.can === "REQUEST" && returns.deadline ? (
        <ReturnRequestForm
          action={action}
          identity={identity}
          lines={returns.lines.filter((line) => line.returnable > 0)}
          deadline={formatReturnDate(returns.deadline)}
          fieldPrefix={QUANTITY_FIELD_PREFIX}
        />
      ) : null}
      {returns.can === "WINDOW_CLOSED" && returns.deadline ? <p className="text-sm text-slate-700">{windowClosedSentence(returns.deadline)}</p> : null}
      {returns.can === "NOTHING_LEFT" ? <p className="text-sm text-slate-700">Every item of this order has already been sent back or is on its way.</p> : null}
    </section>
  );
}
