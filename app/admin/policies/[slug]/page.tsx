import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getPolicyPageForEdit } from "@/lib/admin/policies";
import { requirePermission } from "@/lib/auth";
import { policyPath } from "@/lib/policies";
import { updatePolicyPageAction } from "../actions";
import { PolicyPageForm } from "../_components/policy-page-form";

export const metadata: Metadata = { title: "Edit policy page" };
export const instant = false;

type Props = { params: Promise<{ slug: string }> };

export default async function EditPolicyPagePage({ params }: Props) {
  const { slug } = await params;
  await requirePermission("articles.manage", `/admin/policies/${encodeURIComponent(slug ?? "")}`);
  const page = await getPolicyPageForEdit(slug);
  if (!page) notFound();
  return (
    <section aria-labelledby="edit-policy-title" className="flex max-w-3xl flex-col gap-6">
      <p className="text-sm">
        <Link href="/admin/policies" className="text-brand-700 underline">Policy pages</Link>
      </p>
      <div>
        <h1 id="edit-policy-title" className="text-2xl font-bold text-slate-900">Edit “{page.title}”</h1>
        <p className="mt-1 text-sm text-slate-600">
          Shown at{" "}
          <Link href={policyPath(page.slug)} className="font-mono text-brand-700 underline">
            {policyPath(page.slug)}
          </Link>
        </p>
      </div>
      <PolicyPageForm action={updatePolicyPageAction} values={page} />
    </section>
  );
}
