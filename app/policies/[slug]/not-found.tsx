import Link from "next/link";
import { POLICY_LINK_LABELS, POLICY_SLUGS, policyPath } from "@/lib/policies/policy-slugs";

export default function PolicyNotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-20 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Page not found</p>
      <h1 className="mt-3 text-3xl font-bold text-slate-900">We could not find that page</h1>
      <p className="mt-4 text-slate-600">These are the store&apos;s help and policy pages:</p>
      <ul className="mt-6 flex flex-wrap justify-center gap-3">
        {POLICY_SLUGS.map((slug) => (
          <li key={slug}>
            <Link href={policyPath(slug)} className="inline-block rounded-lg border border-slate-300 px-4 py-2 text-sm font-semibold text-slate-800 hover:border-brand-600">
              {POLICY_LINK_LABELS[slug]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
