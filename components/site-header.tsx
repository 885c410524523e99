import { OptimizedImage } from "@/components/optimized-image";
import Link from "next/link";

const NAV = [
  { href: "/products", label: "Shop" },
  { href: "/learn", label: "Learn" },
];

const ITEM = "shrink-0 rounded-md px-2 py-2 text-slate-700 transition hover:bg-slate-50 hover:text-brand-700 sm:px-3";

/**
 * One row at every width: the logo shrinks (to its mark below 375 px) and the links tighten, so nothing overflows.
 * `accountSlot` and `cartSlot` replace the plain Account and Cart links (signed-in menu, cart count).
 * The header's links are not prefetched: on every page view they fetched five routes' payloads while the page
 * was still starting, which Lighthouse counted as blocking time on a phone; the page bodies' links still prefetch.
 */
export function SiteHeader({ accountSlot, cartSlot }: { accountSlot?: React.ReactNode; cartSlot?: React.ReactNode }) {
  return (
    <header className="sticky top-0 z-40 border-b border-slate-200 bg-white/95 backdrop-blur supports-[backdrop-filter]:bg-white/80">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-2 px-3 sm:h-16 sm:gap-6 sm:px-4">
        <Link href="/" prefetch={false} className="flex shrink-0 items-center rounded-md" aria-label="UltraCare Pro home">
          {/* Below 375 px only the mark shows (the name is in the link's label), leaving room for every link. */}
          <span className="block w-7 overflow-hidden min-[375px]:w-auto">
            <OptimizedImage
              src="/logo.svg"
              alt=""
              // The file's own size (CSS sets the shown height): with another ratio the width drawn from it
              // would not match the one reserved.
              width={180}
              height={32}
              priority
              className="h-7 w-auto max-w-none min-[375px]:h-5 sm:h-[27px]"
            />
          </span>
        </Link>
        {/* min-w-0 + overflow-x-auto: should the slots ever need more room (a staff member's extra links), the
            links scroll sideways inside the header instead of widening the page. */}
        <nav
          aria-label="Main"
          className="-mr-1 flex min-w-0 items-center overflow-x-auto text-sm font-medium whitespace-nowrap [scrollbar-width:none] sm:mr-0 sm:gap-1"
        >
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} prefetch={false} className={ITEM}>
              {item.label}
            </Link>
          ))}
          {accountSlot ?? (
            <Link href="/account" prefetch={false} className={ITEM}>
              Account
            </Link>
          )}
          {cartSlot ?? (
            <Link href="/cart" prefetch={false} className={ITEM}>
              Cart
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
