import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

const WAYS_BACK = [
  { href: "/products", title: "Shop the devices", text: "The US111, UltraGun and UltraGun PRO." },
  { href: "/learn", title: "Read the cramp guides", text: "Why cramps happen and what helps." },
  { href: "/", title: "Go to the home page", text: "The current offer and where to start." },
];

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-16 text-center sm:py-24">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">404</p>
      <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">We could not find that page</h1>
      <p className="mx-auto mt-4 max-w-xl text-lg text-slate-600">
        The link may be old or mistyped. These will get you back on track:
      </p>
      <ul className="mt-10 grid gap-4 text-left sm:grid-cols-3">
        {WAYS_BACK.map((way) => (
          <li key={way.href}>
            <Link
              href={way.href}
              className="flex h-full flex-col rounded-xl border border-slate-200 p-5 transition hover:border-brand-600/40 hover:shadow-sm"
            >
              <span className="font-semibold text-brand-800">{way.title}</span>
              <span className="mt-1 text-sm text-slate-600">{way.text}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
