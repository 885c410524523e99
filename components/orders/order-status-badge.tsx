import type { OrderView } from "@/lib/orders/get-order-view";

const LABEL: Record<OrderView["status"], { text: string; style: string }> = {
  PENDING: { text: "Waiting for payment", style: "bg-amber-100 text-amber-900" },
  PAID: { text: "Paid", style: "bg-emerald-100 text-emerald-900" },
  FULFILLED: { text: "Shipped", style: "bg-sky-100 text-sky-900" },
  EXPIRED: { text: "Expired unpaid", style: "bg-slate-200 text-slate-800" },
  CANCELLED: { text: "Cancelled", style: "bg-slate-200 text-slate-800" },
  PARTIALLY_REFUNDED: { text: "Partly refunded", style: "bg-violet-100 text-violet-900" },
  REFUNDED: { text: "Refunded", style: "bg-violet-100 text-violet-900" },
};

export function OrderStatusBadge({ status }: { status: OrderView["status"] }) {
  const label = LABEL[status];
  return <span className={`inline-block rounded-full px-2.5 py-0.5 text-sm font-semibold ${label.style}`} data-testid="order-status">{label.text}</span>;
}
