import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { createProductAction } from "../actions";
import { ProductForm } from "../_components/product-form";

export const metadata: Metadata = { title: "New product" };
export const instant = false;

export default async function NewProductPage() {
  await requirePermission("products.edit", "/admin/products/new");
  return (
    <section aria-labelledby="new-product-title" className="flex max-w-3xl flex-col gap-6">
      <div>
        <Link href="/admin/products" className="text-sm text-brand-700 hover:underline">
          ← All products
        </Link>
        <h1 id="new-product-title" className="mt-2 text-2xl font-bold text-slate-900">New product</h1>
        <p className="mt-1 text-sm text-slate-600">It starts with no stock: add units with a restock on its inventory page.</p>
      </div>
      <ProductForm
        mode="create"
        action={createProductAction}
        values={{
          name: "",
          tagline: "",
          description: "",
          price: "",
          images: [],
          specs: {},
          bestFor: "",
          severity: "MILD_TO_MODERATE",
          lowStockThreshold: 5,
          active: true,
        }}
      />
    </section>
  );
}
