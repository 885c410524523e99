import Image from "next/image";
import Link from "next/link";

const NAV = [
  { href: "/products", label: "Shop" },
  { href: "/learn", label: "Learn" },
];

export function SiteHeader({ accountSlot, cartSlot }: { accountSlot?: React.ReactNode; cartSlot?: React.ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white/95 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center justify-between gap-4 px-4">
        <Link href="/" className="flex shrink-0 items-center" aria-label="UltraCare Pro home">
          <Image src="/logo.svg" alt="" width={150} height={27} priority />
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm font-medium sm:gap-4">
          {NAV.map((item) => (
            <Link key={item.href} href={item.href} className="rounded-md px-2 py-2 text-slate-700 hover:text-brand-700">
              {item.label}
            </Link>
          ))}
          {accountSlot ?? (
            <Link href="/account" className="rounded-md px-2 py-2 text-slate-700 hover:text-brand-700">
              Account
            </Link>
          )}
          {cartSlot ?? (
            <Link href="/cart" className="rounded-md px-2 py-2 text-slate-700 hover:text-brand-700">
              Cart
            </Link>
          )}
        </nav>
      </div>
    </header>
  );
}
