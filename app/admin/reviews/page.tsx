import type { Metadata } from "next";
import Link from "next/link";
import { listReviewsForModeration, type ModerationRow } from "@/lib/admin/reviews";
import { requirePermission } from "@/lib/auth";
import { approveReviewAction, rejectReviewAction } from "./actions";
import { ModerationForms } from "./_components/moderation-forms";

export const metadata: Metadata = { title: "Reviews" };
export const instant = false;

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const STATUS_LABEL = { PENDING: "Waiting", APPROVED: "Approved", REJECTED: "Rejected" } as const;
const STATUS_STYLE = {
  PENDING: "bg-amber-50 text-amber-800",
  APPROVED: "bg-emerald-50 text-emerald-800",
  REJECTED: "bg-slate-100 text-slate-700",
} as const;

export default async function AdminReviewsPage() {
  await requirePermission("reviews.moderate", "/admin/reviews");
  const { pending, decided } = await listReviewsForModeration();
  return (
    <section aria-labelledby="reviews-title" className="flex flex-col gap-8">
      <div>
        <h1 id="reviews-title" className="text-2xl font-bold text-slate-900">Reviews</h1>
        <p className="mt-1 text-sm text-slate-600">
          Buyers write these from the link mailed to them after their order ships. Nothing shows on a product page until it is approved;
          reject anything with health claims, personal details or abuse, and say why. Each decision is kept in the audit log.
        </p>
      </div>
      <div className="flex flex-col gap-3">
        <h2 className="text-lg font-semibold text-slate-900">Waiting for a decision ({pending.length})</h2>
        {pending.length === 0 ? <p className="text-slate-600">No reviews are waiting.</p> : <ReviewList rows={pending} />}
      </div>
      {decided.length > 0 ? (
        <div className="flex flex-col gap-3">
          <h2 className="text-lg font-semibold text-slate-900">Recently decided</h2>
          <ReviewList rows={decided} />
        </div>
      ) : null}
    </section>
  );
}

function ReviewList({ rows }: { rows: ModerationRow[] }) {
  return (
    <ul className="flex flex-col gap-3">
      {rows.map((row) => {
        return (
          <li key={row.id}>
            <article aria-label={`Review of ${row.productName} on order ${row.orderNumber}`} className="flex flex-col gap-3 rounded-2xl border border-slate-200 p-4">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <span className="font-semibold text-slate-900">{row.productName}</span>
                <span className="text-slate-700">{row.rating} out of 5</span>
                <span className={`rounded-full px-2 py-0.5 text-xs font-medium ${STATUS_STYLE[row.status]}`}>{STATUS_LABEL[row.status]}</span>
                <Link href={`/admin/orders/${row.orderId}`} className="font-mono text-xs text-brand-700 hover:underline">
                  {row.orderNumber}
                </Link>
                <span className="text-xs text-slate-500">Sent {dateFormat.format(row.createdAt)}</span>
              </div>
              <p className="whitespace-pre-line break-words text-slate-800">{row.body}</p>
              {row.rejectReason ? <p className="text-sm text-slate-600">Rejected because: {row.rejectReason}</p> : null}
              <ModerationForms
                reviewId={row.id}
                canApprove={row.status !== "APPROVED"}
                canReject={row.status !== "REJECTED"}
                approve={approveReviewAction}
                reject={rejectReviewAction}
              />
            </article>
          </li>
        );
      })}
    </ul>
  );
}
