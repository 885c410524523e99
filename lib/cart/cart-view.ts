// The cart as the shopper sees it: each line with its live price and stock, flagged when it can no
// longer be bought as it is, and the whole priced by the pure engine with the cart's code re-checked now
// and shipping to the cart's destination (the shopper's choice, else their likely country).
import { loadCouponRules } from "../coupons";
import { db } from "../db";
import { priceCart, type CouponError, type PricedCart } from "../pricing";
import { countryOptions, loadActiveShippingZones, resolveDestination, shippedCountries, type ShippingZone } from "../shipping";
import { maxQuantity } from "./quantity";

export type CartLineIssue =
  | { code: "ARCHIVED" }
  | { code: "SOLD_OUT" }
  | { code: "TOO_MANY"; available: number };

export type CartLineView = {
  productId: string;
  slug: string;
  name: string;
  image: string;
  currency: string;
  unitPriceCents: number;
  quantity: number;
  /** The most this line may be set to now. */
  maxQuantity: number;
  issue: CartLineIssue | null;
  subtotalCents: number;
  discountCents: number;
  totalCents: number;
  percentOff: number;
};

export type CartShipping = {
  /** Every country the store ships to, sorted by name: the cart's country picker. */
  countries: { code: string; name: string }[];
  /** `chosen`: the shopper picked it; otherwise it is the guess from their browser's languages. Null: no zone is active. */
  destination: { country: string; chosen: boolean } | null;
  /** The zone priced; null when no active zone covers the destination (checkout waits for another choice). */
  zone: Pick<ShippingZone, "name" | "minDays" | "maxDays" | "freeShippingOverCents"> | null;
};

export type CartView = {
  id: string | null;
  lines: CartLineView[];
  itemCount: number;
  currency: string;
  couponCode: string | null;
  couponDescription: string | null;
  couponError: CouponError | null;
  totals: Pick<PricedCart, "subtotalCents" | "discountCents" | "shippingCents" | "totalCents">;
  shipping: CartShipping;
  /** False while a line is flagged or no zone ships to the destination: the shopper must fix it first. */
  canCheckout: boolean;
};

export const EMPTY_CART: CartView = {
  id: null,
  lines: [],
  itemCount: 0,
  currency: "usd",
  couponCode: null,
  couponDescription: null,
  couponError: null,
  totals: { subtotalCents: 0, discountCents: 0, shippingCents: 0, totalCents: 0 },
  shipping: { countries: [], destination: null, zone: null },
  canCheckout: false,
};

function issueFor(active: boolean, available: number, quantity: number): CartLineIssue | null {
  if (!active) return { code: "ARCHIVED" };
  if (available <= 0) return { code: "SOLD_OUT" };
  if (quantity > available) return { code: "TOO_MANY", available };
  return null;
}

export async function getCartView(
  cartId: string | null,
  customer: { userId?: string; email?: string },
  now = new Date(),
  /** `acceptLanguage`: the request's header, for the likely country until the shopper chooses one. */
  options: { couponCode?: string | null; acceptLanguage?: string | null } = {},
): Promise<CartView> {
  if (!cartId) return EMPTY_CART;
  const cart = await db.cart.findUnique({
    where: { id: cartId },
    include: { lines: { include: { product: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!cart) return EMPTY_CART;

  const lines = cart.lines.map((line) => {
    const available = Math.max(0, line.product.stock - line.product.reserved);
    return { line, product: line.product, available, issue: issueFor(line.product.active, available, line.quantity) };
  });
  const purchasable = lines.filter((l) => !l.issue);
  // A code being tried (not stored yet) is priced exactly as a stored one would be.
  const couponCode = options.couponCode !== undefined ? options.couponCode : cart.couponCode;
  const coupon = couponCode ? await loadCouponRules(couponCode, customer, now) : null;
  const zones = await loadActiveShippingZones(db);
  const destination = resolveDestination(zones, cart.destinationCountry, options.acceptLanguage);
  const zone = destination?.zone ?? null;
  const priced = priceCart({
    lines: purchasable.map(({ line, product }) => ({ productId: product.id, unitPriceCents: product.priceCents, quantity: line.quantity })),
    coupon,
    enteredCode: couponCode ?? undefined,
    now,
    // Without a zone nothing can be checked out (canCheckout below); the cart shows shipping as unavailable.
    shipping: zone ?? { rateCents: 0, freeShippingOverCents: null },
  });
  const pricedById = new Map(priced.lines.map((line) => [line.productId, line]));

  const views: CartLineView[] = lines.map(({ line, product, available, issue }) => {
    const p = pricedById.get(product.id);
    const subtotal = product.priceCents * line.quantity;
    return {
      productId: product.id,
      slug: product.slug,
      name: product.name,
      image: product.images[0] ?? "/images/og-default.png",
      currency: product.currency,
      unitPriceCents: product.priceCents,
      quantity: line.quantity,
      maxQuantity: maxQuantity(available),
      issue,
      subtotalCents: p?.subtotalCents ?? subtotal,
      discountCents: p?.discountCents ?? 0,
      totalCents: p?.totalCents ?? subtotal,
      percentOff: p?.percentOff ?? 0,
    };
  });

  return {
    id: cart.id,
    lines: views,
    itemCount: views.reduce((sum, line) => sum + line.quantity, 0),
    currency: views[0]?.currency ?? "usd",
    couponCode,
    couponDescription: priced.appliedCoupon?.description ?? null,
    couponError: priced.couponError,
    totals: {
      subtotalCents: priced.subtotalCents,
      discountCents: priced.discountCents,
      shippingCents: priced.shippingCents,
      totalCents: priced.totalCents,
    },
    shipping: {
      countries: countryOptions(shippedCountries(zones)),
      destination: destination && { country: destination.country, chosen: destination.chosen },
      zone: zone && { name: zone.name, minDays: zone.minDays, maxDays: zone.maxDays, freeShippingOverCents: zone.freeShippingOverCents },
    },
    canCheckout: views.length > 0 && views.every((line) => !line.issue) && zone !== null,
  };
}
