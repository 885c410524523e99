import Link from "next/link";
import { connection } from "next/server";
import { Suspense } from "react";
import { BarChart } from "@/components/admin/chart/bar-chart";
import { AttentionList } from "@/components/admin/dashboard/attention-list";
import { FlashSaleCard } from "@/components/admin/dashboard/flash-sale-card";
import { LowStockList } from "@/components/admin/dashboard/low-stock-list";
import { Panel } from "@/components/admin/dashboard/panel";
import { SalesCards } from "@/components/admin/dashboard/sales-cards";
import { UnitsList } from "@/components/admin/dashboard/units-list";
import { findAttentionOrders } from "@/lib/admin/dashboard/find-attention-orders";
import { findLowStockProducts } from "@/lib/admin/dashboard/find-low-stock";
import { getFlashSaleUsage } from "@/lib/admin/dashboard/get-flash-sale-usage";
import { getSalesSummary } from "@/lib/admin/dashboard/sales-summary";
import { requirePermission } from "@/lib/auth";
import { hasPermission } from "@/lib/auth/permissions";
import { formatMoney } from "@/lib/money";

export const instant = false;

const shortDay = new Intl.DateTimeFormat("en-US", { month: "short", day: "numeric", timeZone: "UTC" });
const longDay = new Intl.DateTimeFormat("en-US", { weekday: "short", month: "short", day: "numeric", timeZone: "UTC" });

async function DashboardFigures({ linkOrders }: { linkOrders: boolean }) {
  await connection(); // figures are per request, never prerendered
  const now = new Date();
  const [sales, lowStock, flashSale, attention] = await Promise.all([
    getSalesSummary(now, 14),
    findLowStockProducts(),
    getFlashSaleUsage(now),
    findAttentionOrders(),
  ]);
  const points = sales.days.map((d) => {
    const date = new Date(`${d.day}T00:00:00Z`);
    return { key: d.day, label: `${longDay.format(date)} (${d.orders} ${d.orders === 1 ? "order" : "orders"})`, shortLabel: shortDay.format(date), value: d.revenueCents };
  });
  return (
    <div className="mt-6 flex flex-col gap-5">
      <SalesCards windows={sales.windows} />
      <Panel title="Takings, last 14 days">
        <BarChart
          title="Net takings per day (UTC)"
          points={points}
          formatValue={(cents) => formatMoney(cents)}
          labelHeading="Day"
          valueHeading="Net takings"
        />
      </Panel>
      <div className="grid gap-5 lg:grid-cols-2">
        <Panel title="Units sold per device, last 30 days">
          <UnitsList units={sales.units} />
        </Panel>
        <Panel title="FLASHSALE code">
          <FlashSaleCard usage={flashSale} />
        </Panel>
        <Panel title="Low stock">
          <LowStockList products={lowStock} />
        </Panel>
        <Panel
          title="Orders needing attention"
          action={linkOrders ? <Link href="/admin/orders?attention=1" className="text-sm text-brand-700 underline">See all</Link> : undefined}
        >
          <AttentionList orders={attention} linkOrders={linkOrders} />
        </Panel>
      </div>
    </div>
  );
}

function DashboardSkeleton() {
  return (
    <div className="mt-6 flex flex-col gap-5" aria-hidden="true">
      <div className="grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-28 animate-pulse rounded-2xl bg-slate-100" />
        ))}
      </div>
      <div className="h-72 animate-pulse rounded-2xl bg-slate-100" />
      <div className="grid gap-5 lg:grid-cols-2">
        {[0, 1, 2, 3].map((i) => (
          <div key={i} className="h-40 animate-pulse rounded-2xl bg-slate-100" />
        ))}
      </div>
    </div>
  );
}

export default async function AdminDashboardPage() {
  const user = await requirePermission("dashboard.view", "/admin");
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title" className="text-2xl font-bold text-slate-900">Dashboard</h1>
      <p className="mt-1 text-sm text-slate-600">
        Welcome{user.name ? `, ${user.name}` : ""}. Takings count paid, shipped and partly refunded orders by the day they were paid (UTC), less refunds.
      </p>
      <Suspense fallback={<DashboardSkeleton />}>
        <DashboardFigures linkOrders={hasPermission(user.role, "orders.view")} />
      </Suspense>
    </section>
  );
}
