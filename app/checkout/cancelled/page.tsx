import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Checkout cancelled", robots: { index: false } };

export default function CancelledPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">Checkout cancelled</h1>
      <p className="mt-3 text-slate-600">Nothing was charged. Your cart is just as you left it.</p>
      <Link href="/cart" className="mt-6 inline-block rounded-lg bg-brand-700 px-5 py-2.5 font-semibold text-white hover:bg-brand-800">
        Back to your cart
      </Link>
    </div>
  );
}
