import Link from "next/link";
import type { ComponentProps } from "react";
import { AddToCartForm, type AddToCartFormProps } from "@/components/cart/add-to-cart-form";
import { Price } from "@/components/price";
import { BackInStockForm } from "@/components/stock-alerts/back-in-stock-form";
import type { ProductDetail, StockState } from "@/lib/catalog";
import { policyPath } from "@/lib/policies/policy-slugs";
import type { FlashSaleOffer } from "@/lib/promotions";
import { ApplySaleCode } from "./apply-sale-code";
import { FlashSalePrice } from "./flash-sale-price";
import { StockStatus } from "./stock-status";

type Props = {
  product: ProductDetail;
  stock: StockState;
  offer: FlashSaleOffer | null;
  serverNow: number;
  addToCart: AddToCartFormProps["action"];
  /** "E-mail me when it's back", offered while the device is sold out. */
  backInStock: ComponentProps<typeof BackInStockForm>["action"];
  /** "Ships to the United States in 3–5 business days": the same for every shopper, so the page stays cached. */
  delivery: string | null;
};

/** Price, the flash-sale preview, stock and the buy button: everything needed to decide and act. */
export function ProductPurchase({ product, stock, offer, serverNow, addToCart, delivery, backInStock }: Props) {
  return (
    <div className="space-y-4" data-testid="product-purchase">
      <div className="space-y-1.5">
        <p className="text-3xl font-semibold tracking-tight text-slate-900">
          <span className="sr-only">Price: </span>
          <Price cents={product.priceCents} currency={product.currency} />
        </p>
        {offer && <FlashSalePrice offer={offer} currency={product.currency} serverNow={serverNow} size="lg" />}
        {offer && <ApplySaleCode offer={offer} serverNow={serverNow} />}
      </div>
      <StockStatus state={stock} />
      <AddToCartForm action={addToCart} productId={product.id} productName={product.name} available={product.available} />
      {stock.kind === "sold_out" ? <BackInStockForm action={backInStock} productId={product.id} /> : null}
      <p className="text-sm text-slate-600" data-testid="delivery-line">
        {delivery ? `${delivery}. ` : null}
        <Link href={policyPath("shipping")} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
          Shipping to other countries
        </Link>
      </p>
      <p className="text-sm text-slate-500">
        Secure checkout. Unused devices can be sent back within 30 days.{" "}
        <Link href={policyPath("returns")} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">Returns</Link>
        {" · "}
        <Link href={policyPath("warranty")} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">Warranty</Link>
      </p>
    </div>
  );
}
