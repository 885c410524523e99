import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdminProductById } from "@/lib/admin/products";
import { centsToDollars } from "@/lib/money";
import { hasPermission, requirePermission } from "@/lib/auth";
import { FormAlert } from "@/components/forms/form-alert";
import { setProductActiveAction, updateProductAction } from "../actions";
import { ProductForm } from "../_components/product-form";
import { StatusBadge } from "../_components/status-badge";
import { StatusForm } from "../_components/status-form";

export const metadata: Metadata = { title: "Edit product" };
export const instant = false;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditProductPage({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requirePermission("products.edit", `/admin/products/${encodeURIComponent(String(id))}`);
  const product = await getAdminProductById(id);
  if (!product) notFound();
  const { created } = await searchParams;
  return (
    <section aria-labelledby="edit-product-title" className="flex max-w-3xl flex-col gap-6">
      <div>
        <Link href="/admin/products" className="text-sm text-brand-700 hover:underline">
          ← All products
        </Link>
        <div className="mt-2 flex flex-wrap items-center gap-3">
          <h1 id="edit-product-title" className="text-2xl font-bold text-slate-900">{product.name}</h1>
          <StatusBadge active={product.active} />
        </div>
        <p className="mt-1 text-sm text-slate-600">
          {product.sku} ·{" "}
          {product.active ? (
            <Link href={`/products/${product.slug}`} className="text-brand-700 hover:underline">
              /products/{product.slug}
            </Link>
          ) : (
            `/products/${product.slug}`
          )}{" "}
          · {product.stock} on hand, {product.reserved} reserved
          {hasPermission(user.role, "stock.adjust") ? (
            <>
              {" "}
              ·{" "}
              <Link href={`/admin/inventory/${product.id}`} className="text-brand-700 hover:underline">
                Adjust stock
              </Link>
            </>
          ) : null}
        </p>
      </div>
      {created ? <FormAlert tone="success" message="Product created. It is sold out until you restock it." /> : null}
      <ProductForm
        key={String(product.active)}
        mode="edit"
        action={updateProductAction}
        values={{
          id: product.id,
          name: product.name,
          tagline: product.tagline,
          description: product.description,
          price: centsToDollars(product.priceCents),
          images: product.images,
          specs: product.specs,
          bestFor: product.bestFor,
          severity: product.severity,
          lowStockThreshold: product.lowStockThreshold,
          active: product.active,
        }}
      />
      <section aria-labelledby="status-title" className="rounded-xl border border-slate-200 bg-white p-5">
        <h2 id="status-title" className="text-lg font-semibold text-slate-900">
          {product.active ? "Archive" : "Archived"}
        </h2>
        <div className="mt-2">
          <StatusForm action={setProductActiveAction} productId={product.id} active={product.active} />
        </div>
      </section>
    </section>
  );
}
