import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { OrderFiltersForm } from "@/components/admin/orders/order-filters-form";
import { OrdersTable } from "@/components/admin/orders/orders-table";
import { listOrders } from "@/lib/admin/orders/list-orders";
import { orderFiltersToQuery, parseOrderFilters, type OrderFilters } from "@/lib/admin/orders/order-filters";
import { requirePermission } from "@/lib/auth";

export const metadata: Metadata = { title: "Orders" };
export const instant = false;

const LIMIT = 100;

async function OrdersResults({ filters }: { filters: OrderFilters }) {
  await connection();
  const orders = await listOrders(filters, { take: LIMIT });
  return <OrdersTable orders={orders} limit={LIMIT} />;
}

export default async function AdminOrdersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission("orders.view", "/admin/orders");
  const filters = parseOrderFilters(await searchParams);
  const query = orderFiltersToQuery(filters);
  return (
    <section aria-labelledby="orders-title" className="flex flex-col gap-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 id="orders-title" className="text-2xl font-bold text-slate-900">Orders</h1>
        <a href={`/admin/orders/export${query}`} className="rounded-lg border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50" download>
          Export CSV
        </a>
      </div>
      <OrderFiltersForm filters={filters} />
      <Suspense key={query} fallback={<div className="h-64 animate-pulse rounded-2xl bg-slate-100" aria-hidden="true" />}>
        <OrdersResults filters={filters} />
      </Suspense>
    </section>
  );
}
