import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Suspense } from "react";
import { CancelOrderForm } from "@/components/admin/orders/cancel-order-form";
import { OrderDetail } from "@/components/admin/orders/order-detail";
import { RefundOrderForm } from "@/components/admin/orders/refund-order-form";
import { ResolveAttentionForm } from "@/components/admin/orders/resolve-attention-form";
import { ShipOrderForm } from "@/components/admin/orders/ship-order-form";
import { FormAlert } from "@/components/forms/form-alert";
import { getAdminOrderById, type AdminOrder } from "@/lib/admin/orders/get-admin-order";
import { cancelConsequence, ORDER_NOTICES } from "@/lib/admin/orders/messages";
import { requirePermission, type CurrentUser } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/permissions";
import { formatMoney } from "@/lib/money";
import { cancelOrderAction, refundOrderAction, resolveAttentionAction, shipOrderAction } from "./actions";

export const metadata: Metadata = { title: "Order" };
export const instant = false;

function actionsFor(order: AdminOrder, user: CurrentUser) {
  const actions: { title: string; form: React.ReactNode }[] = [];
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
        refundableAmount={(order.refundableCents / 100).toFixed(2)}
      />
    );
    actions.push({ title: "Refund", form });
  }
  if (order.can.cancel && hasPermission(user.role, "orders.fulfil")) {
    actions.push({ title: "Cancel order", form: <CancelOrderForm action={cancelOrderAction} orderId={order.id} consequence={cancelConsequence(order)} /> });
  }
  return actions;
}

async function OrderSection({ id, user, notice }: { id: string; user: CurrentUser; notice?: string }) {
  await connection();
  const order = await getAdminOrderById(id);
  if (!order) notFound();
  const message = notice && Object.hasOwn(ORDER_NOTICES, notice) ? ORDER_NOTICES[notice as keyof typeof ORDER_NOTICES] : undefined;
  return <OrderDetail order={order} notice={message ? <FormAlert tone="success" message={message} /> : null} actions={actionsFor(order, user)} />;
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
  const { notice } = await searchParams;
  return (
    <Suspense fallback={<div className="h-96 animate-pulse rounded-2xl bg-slate-100" aria-hidden="true" />}>
      <OrderSection id={id} user={user} notice={typeof notice === "string" ? notice : undefined} />
    </Suspense>
  );
}
