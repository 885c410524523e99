import Link from "next/link";
import { codeLinkPath } from "@/lib/coupons/code-link";

type Props = { code: string; tone?: "light" | "dark"; className?: string };

/**
 * "Apply FLASHSALE": a plain link, so the cached pages that carry it hold nothing per shopper. It is not
 * prefetched: the cart is per visitor and rendered per request, and a banner on every page would otherwise ask
 * for it on every page view. Render it only while the sale is live (inside UntilSaleEnds).
 */
export function ApplySaleCodeLink({ code, tone = "light", className = "" }: Props) {
  const style =
    tone === "dark"
      ? "bg-white text-brand-900 hover:bg-brand-50"
      : "bg-brand-700 text-white hover:bg-brand-800";
  return (
    <Link
      href={codeLinkPath(code)}
      prefetch={false}
      className={`inline-flex items-center justify-center rounded-lg font-semibold ${style} ${className}`}
    >
      Apply {code}
    </Link>
  );
}
