import type { ReturnSummary } from "@/lib/returns/get-order-returns";
import { RETURN_STATUS_LABELS } from "@/lib/returns/messages";
import { formatMoney } from "@/lib/money";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** An order's return requests for staff, newest first, each with the step forms `stepsFor` gives it. */
export function OrderReturnRequests({ requests, currency, stepsFor }: { requests: ReturnSummary[]; currency: string; stepsFor: (request: ReturnSummary) => React.ReactNode }) {
  return (
    <ul className="flex flex-col gap-4 text-sm" data-testid="order-return-requests">
      {requests.map((request) => (
        <li key={request.id} className="flex flex-col gap-2 border-b border-slate-100 pb-4 last:border-0 last:pb-0">
          <p className="flex flex-wrap items-baseline justify-between gap-2">
            <span className="font-semibold text-slate-900" data-testid="return-state">{RETURN_STATUS_LABELS[request.status]}</span>
            <span className="text-xs text-slate-500">asked {when.format(request.createdAt)} UTC</span>
          </p>
          <p className="text-slate-800">{request.lines.map((line) => `${line.quantity} × ${line.productName}`).join(", ")}</p>
          <p className="text-slate-600">{request.reason ? `“${request.reason}”` : "No reason given."}</p>
          {request.decisionReason ? <p className="text-slate-700">Declined because: {request.decisionReason}</p> : null}
          {request.refundCents !== null ? <p className="text-slate-700">Paid for these units: {formatMoney(request.refundCents, currency)}</p> : null}
          {stepsFor(request)}
        </li>
      ))}
    </ul>
  );
}
