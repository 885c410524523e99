import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "No access", robots: { index: false } };

export default function NoAccessPage() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold text-slate-900">You do not have access to this page</h1>
      <p className="mt-3 text-slate-600">
        This part of the site is for store staff. If you think you should have access, ask the store administrator.
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <Link href="/" className="rounded-lg bg-brand-700 px-4 py-2 text-sm font-semibold text-white">Back to the shop</Link>
        <Link href="/account" className="rounded-lg border border-slate-300 px-4 py-2 text-sm font-medium">Your account</Link>
      </div>
    </div>
  );
}
