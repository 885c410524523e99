"use client";
// Owned by the cart work (lead): the product page only places it. Until the cart lands it posts nowhere.
export type AddToCartFormProps = { productId: string; productName: string; available: number };

export function AddToCartForm({ productName, available }: AddToCartFormProps) {
  const soldOut = available <= 0;
  return (
    <form className="flex flex-col gap-3 sm:flex-row">
      <button
        type="submit"
        disabled={soldOut}
        className="rounded-lg bg-brand-700 px-6 py-3 font-semibold text-white hover:bg-brand-800 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600"
      >
        {soldOut ? "Sold out" : `Add ${productName} to cart`}
      </button>
    </form>
  );
}
