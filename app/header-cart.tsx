import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { findCurrentCartId } from "@/lib/cart";
import { db } from "@/lib/db";

/** The header's cart link with the number of items; per request, so it sits behind a Suspense boundary. */
export async function HeaderCart() {
  let count = 0;
  try {
    const cartId = await findCurrentCartId();
    if (cartId) count = (await db.cartLine.aggregate({ where: { cartId }, _sum: { quantity: true } }))._sum.quantity ?? 0;
  } catch (error) {
    unstable_rethrow(error);
    console.error("header: could not count the cart", error);
  }
  return <CartLink count={count} />;
}

export function CartLink({ count }: { count: number }) {
  return (
    <Link
      href="/cart"
      className="relative rounded-md px-2 py-2 text-slate-700 hover:text-brand-700"
      aria-label={count ? `Cart, ${count} item${count === 1 ? "" : "s"}` : "Cart, empty"}
    >
      Cart
      {count ? (
        <span className="ml-1 inline-flex min-w-5 items-center justify-center rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white" data-testid="cart-count">
          {count}
        </span>
      ) : null}
    </Link>
  );
}
