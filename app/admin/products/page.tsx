import type { Metadata } from "next";
import Link from "next/link";
import { listAdminProducts } from "@/lib/admin/products";
import { hasPermission, requirePermission } from "@/lib/auth";
import { formatMoney } from "@/lib/money";
import { StatusBadge } from "./_components/status-badge";

export const metadata: Metadata = { title: "Products" };
export const instant = false;

export default async function AdminProductsPage() {
  const user = await requirePermission("products.edit", "/admin/products");
  const products = await listAdminProducts();
  const canAdjust = hasPermission(user.role, "stock.adjust");
  return (
    <section aria-labelledby="products-title" className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="products-title" className="text-2xl font-bold text-slate-900">Products</h1>
          <p className="mt-1 text-sm text-slate-600">What the shop sells: names, prices, pictures and specs. Stock is kept under Inventory.</p>
        </div>
        <Link href="/admin/products/new" className="rounded-lg bg-brand-700 px-4 py-2.5 text-sm font-semibold text-white hover:bg-brand-800">
          New product
        </Link>
      </div>
      {products.length === 0 ? (
        <p className="rounded-xl border border-dashed border-slate-300 p-6 text-slate-600">No products yet. Create the first one.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 bg-white">
          {products.map((product) => (
            <li key={product.id} className="flex flex-wrap items-center gap-x-6 gap-y-2 p-4">
              <div className="min-w-0 flex-1 basis-60">
                <Link href={`/admin/products/${product.id}`} className="font-semibold text-slate-900 hover:text-brand-700 hover:underline">
                  {product.name}
                </Link>
                <p className="text-sm text-slate-500">
                  {product.sku} · /products/{product.slug}
                </p>
              </div>
              <p className="w-24 text-sm font-medium tabular-nums text-slate-900">{formatMoney(product.priceCents, product.currency)}</p>
              <p className="whitespace-nowrap text-sm text-slate-600">
                {canAdjust ? (
                  <Link href={`/admin/inventory/${product.id}`} className="hover:text-brand-700 hover:underline">
                    {product.stock} on hand, {product.reserved} reserved
                  </Link>
                ) : (
                  `${product.stock} on hand, ${product.reserved} reserved`
                )}
              </p>
              <StatusBadge active={product.active} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
