import type { OrderView } from "@/lib/orders/get-order-view";
import { OrderSteps } from "./order-steps";
import { OrderSummary } from "./order-summary";

/** One order for its buyer: what was bought and paid, then where it stands (placed, paid, shipped…). */
export function OrderDetails({ order }: { order: OrderView }) {
  return (
    <div className="flex flex-col gap-6">
      <OrderSummary order={order} />
      <section aria-labelledby={`progress-${order.number}`}>
        <h2 id={`progress-${order.number}`} className="text-lg font-semibold text-slate-900">Progress</h2>
        <div className="mt-3 pl-1.5">
          <OrderSteps steps={order.steps} />
        </div>
      </section>
    </div>
  );
}
