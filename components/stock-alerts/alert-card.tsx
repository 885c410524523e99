import Link from "next/link";
import type { ReactNode } from "react";

/** The confirm and unsubscribe pages: one calm card with a plain heading that says where the alert stands. */
export function AlertCard({ title, intro, children }: { title: string; intro?: string; children?: ReactNode }) {
  return (
    <div className="mx-auto w-full max-w-md px-4 py-12 sm:py-16">
      <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
        {intro ? <p className="mt-1 text-sm text-slate-600">{intro}</p> : null}
        {children ? <div className="mt-6 flex flex-col gap-4 text-sm text-slate-700">{children}</div> : null}
      </div>
    </div>
  );
}

/** The device an alert is about. */
export function AlertProductLink({ slug, name }: { slug: string; name: string }) {
  return (
    <p>
      <Link href={`/products/${slug}`} className="font-medium text-brand-700 underline">
        See the {name}
      </Link>
    </p>
  );
}
