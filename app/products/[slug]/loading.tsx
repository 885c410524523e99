import { ProductDetailSkeleton } from "@/components/product/product-detail-skeleton";

export default function Loading() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-10">
      <ProductDetailSkeleton />
    </div>
  );
}
