import Link from "next/link";
import { POLICY_LINK_LABELS, POLICY_SLUGS, policyPath, type PolicySlug } from "@/lib/policies/policy-slugs";

/** The six policy pages side by side, the one being read marked as current. */
export function PolicyNav({ current }: { current: PolicySlug }) {
  return (
    <nav aria-label="Help and policies" className="rounded-2xl border border-slate-200 bg-slate-50 p-4">
      <p className="px-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Help and policies</p>
      <ul className="mt-2 grid grid-cols-2 gap-1 lg:grid-cols-1">
        {POLICY_SLUGS.map((slug) => (
          <li key={slug}>
            <Link
              href={policyPath(slug)}
              aria-current={slug === current ? "page" : undefined}
              className="block rounded-lg px-2 py-1.5 text-sm text-slate-700 hover:bg-white hover:text-brand-700 aria-[current=page]:bg-white aria-[current=page]:font-semibold aria-[current=page]:text-brand-800 aria-[current=page]:shadow-sm"
            >
              {POLICY_LINK_LABELS[slug]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
