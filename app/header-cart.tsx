"use client";
import Link from "next/link";
import { useStorefrontSession } from "@/components/storefront-session/use-storefront-session";

/**
 * The header's cart link. The page itself is static or cached, so the count arrives after load; the badge
 * sits in the link's right padding (kept at every state), so its arrival moves nothing on the page.
 */
export function HeaderCart() {
  const session = useStorefrontSession();
  const count = session?.cartCount ?? 0;
  const label = !session ? "Cart" : count ? `Cart, ${count} item${count === 1 ? "" : "s"}` : "Cart, empty";
  return (
    <Link href="/cart" prefetch={false} className="relative shrink-0 rounded-md py-2 pl-2 pr-6 text-slate-700 hover:text-brand-700 sm:pl-3" aria-label={label}>
      Cart
      {count ? (
        <span
          className="absolute right-0.5 top-0.5 inline-flex h-[1.125rem] min-w-[1.125rem] items-center justify-center rounded-full bg-brand-700 px-1 text-[11px] leading-none font-semibold text-white tabular-nums"
          data-testid="cart-count"
        >
          {count > 99 ? "99+" : count}
        </span>
      ) : null}
    </Link>
  );
}
