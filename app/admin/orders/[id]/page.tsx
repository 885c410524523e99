import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { CancelOrderForm } from "@/components/admin/orders/cancel-order-form";
import { OrderDetail } from "@/components/admin/orders/order-detail";
import { RefundOrderForm } from "@/components/admin/orders/refund-order-form";
import { ResolveAttentionForm } from "@/components/admin/orders/resolve-attention-form";
import { ShipOrderForm } from "@/components/admin/orders/ship-order-form";
import { OrderReturnRequests } from "@/components/admin/returns/order-return-requests";
import { DeclineReturnForm, ReturnStepForm } from "@/components/admin/returns/return-step-forms";
import { FormAlert } from "@/components/forms/form-alert";
import { getAdminOrderById, type AdminOrder } from "@/lib/admin/orders/get-admin-order";
import { cancelConsequence, ORDER_NOTICES } from "@/lib/admin/orders/messages";
import { requirePermission, type CurrentUser } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/permissions";
import { formatMoney } from "@/lib/money";
import { getOrderReturns, type OrderReturns, type ReturnSummary } from "@/lib/returns/get-order-returns";
import {
  approveReturnAction,
  cancelOrderAction,
  declineReturnAction,
  receiveReturnAction,
  refundOrderAction,
  resolveAttentionAction,
  shipOrderAction,
} from "./actions";

export const metadata: Metadata = { title: "Order" };
export const instant = false;

function returnStepsFor(request: ReturnSummary) {
  if (request.status === "REQUESTED") {
    return (
      <div className="flex flex-col gap-3">
        <ReturnStepForm action={approveReturnAction} returnId={request.id} label="Approve" pendingLabel="Approving…" />
        <DeclineReturnForm action={declineReturnAction} returnId={request.id} />
      </div>
    );
  }
  if (request.status === "APPROVED") return <ReturnStepForm action={receiveReturnAction} returnId={request.id} label="Mark received" pendingLabel="Saving…" />;
  return null;
}

/** The refund form's amount: what a just-received return's units were paid for, else all that is left. */
function refundPrefillCents(order: AdminOrder, returns: OrderReturns | null, refundReturn?: string): number {
  const received = returns?.requests.find((r) => r.id === refundReturn && r.status === "RECEIVED");
  return received?.refundCents ? Math.min(received.refundCents, order.refundableCents) : order.refundableCents;
}

function actionsFor(order: AdminOrder, returns: OrderReturns | null, user: CurrentUser, refundReturn?: string) {
  const actions: { title: string; form: React.ReactNode }[] = [];
  if (returns?.requests.length) {
    const steps = hasPermission(user.role, "orders.fulfil") ? returnStepsFor : () => null;
    actions.push({ title: "Returns", form: <OrderReturnRequests requests={returns.requests} currency={order.currency} stepsFor={steps} /> });
  }
  if (order.attention && hasPermission(user.role, "orders.fulfil")) {
    actions.push({ title: "Clear the flag", form: <ResolveAttentionForm action={resolveAttentionAction} orderId={order.id} /> });
  }
  if (order.can.ship && hasPermission(user.role, "orders.fulfil")) {
    actions.push({ title: "Mark shipped", form: <ShipOrderForm action={shipOrderAction} orderId={order.id} /> });
  }
  if (order.can.refund && hasPermission(user.role, "orders.refund")) {
    const form = (
      <RefundOrderForm
        action={refundOrderAction}
        orderId={order.id}
        refundable={formatMoney(order.refundableCents, order.currency)}
        refundableAmount={(refundPrefillCents(order, returns, refundReturn) / 100).toFixed(2)}
      />
    );
    actions.push({ title: "Refund", form });
  }
  if (order.can.cancel && hasPermission(user.role, "orders.fulfil")) {
    actions.push({ title: "Cancel order", form: <CancelOrderForm action={cancelOrderAction} orderId={order.id} consequence={cancelConsequence(order)} /> });
  }
  return actions;
}

async function OrderSection({ id, user, notice, refundReturn }: { id: string; user: CurrentUser; notice?: string; refundReturn?: string }) {
  await connection();
  const order = await getAdminOrderById(id);
  if (!order) notFound();
  const returns = await getOrderReturns(order.id);
  const message = notice && Object.hasOwn(ORDER_NOTICES, notice) ? ORDER_NOTICES[notice as keyof typeof ORDER_NOTICES] : undefined;
  return <OrderDetail order={order} notice={message ? <FormAlert tone="success" message={message} /> : null} actions={actionsFor(order, returns, user, refundReturn)} />;
}

export default async function AdminOrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ id?: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requirePermission("orders.view", "/admin/orders");
  const { id } = await params;
  if (!id) notFound();
  const { notice, refundReturn } = await searchParams;
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-2xl bg-slate-100" aria-hidden="true" />}>
      <OrderSection
        id={id}
        user={user}
        notice={typeof notice === "string" ? notice : undefined}
        refundReturn={typeof refundReturn === "string" ? refundReturn : undefined}
      />
    </Suspense>
  );
}
