import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { ReturnsTable } from "@/components/admin/returns/returns-table";
import { requirePermission } from "@/lib/auth";
import { listReturns } from "@/lib/returns/list-returns";

export const metadata: Metadata = { title: "Returns" };
export const instant = false;

const LIMIT = 100;

async function ReturnsResults() {
  await connection();
  return <ReturnsTable returns={await listReturns({ take: LIMIT })} limit={LIMIT} />;
}

export default async function AdminReturnsPage() {
  await requirePermission("orders.view", "/admin/returns");
  return (
    <section aria-labelledby="returns-title" className="flex flex-col gap-5">
      <div>
        <h1 id="returns-title" className="text-2xl font-bold text-slate-900">Returns</h1>
        <p className="mt-1 text-sm text-slate-600">Requests waiting for an answer or a parcel come first. Open the order to approve, decline or mark a return received.</p>
      </div>
      <Suspense fallback={<div className="h-64 animate-pulse rounded-2xl bg-slate-100" aria-hidden="true" />}>
        <ReturnsResults />
      </Suspense>
    </section>
  );
}
