import type { Metadata } from "next";
import Link from "next/link";
import { listAdminPolicyPages } from "@/lib/admin/policies";
import { requirePermission } from "@/lib/auth";
import { policyPath } from "@/lib/policies";

export const metadata: Metadata = { title: "Policy pages" };
export const instant = false;

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

export default async function AdminPolicyPagesPage() {
  await requirePermission("articles.manage", "/admin/policies");
  const pages = await listAdminPolicyPages();
  return (
    <section aria-labelledby="policies-title" className="flex flex-col gap-6">
      <div>
        <h1 id="policies-title" className="text-2xl font-bold text-slate-900">Policy pages</h1>
        <p className="mt-1 text-sm text-slate-600">
          Linked from every page&apos;s footer, the product pages and checkout. Each save shows on the store at once and is kept in the audit log.
        </p>
      </div>
      {pages.length === 0 ? (
        <p className="text-slate-600">The policy pages have not been created yet. Run the store&apos;s seed (npm run db:seed) to add them.</p>
      ) : (
        <ul className="flex flex-col gap-3">
          {pages.map((page) => (
            <li key={page.slug} className="flex flex-col gap-3 rounded-2xl border border-slate-200 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link href={`/admin/policies/${page.slug}`} className="font-semibold text-slate-900 underline-offset-2 hover:text-brand-800 hover:underline">
                  {page.title}
                </Link>
                <p className="mt-1 break-all font-mono text-xs text-slate-500">{policyPath(page.slug)}</p>
                <p className="mt-1 text-xs text-slate-500">Edited {dateFormat.format(page.updatedAt)}</p>
              </div>
              <div className="flex shrink-0 items-start gap-2">
                <Link href={policyPath(page.slug)} className="rounded-lg px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50">
                  View
                </Link>
                <Link href={`/admin/policies/${page.slug}`} aria-label={`Edit ${page.title}`} className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50">
                  Edit
                </Link>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
