import type { Metadata } from "next";
import Link from "next/link";
import { diffAuditValues, listAuditEntries, listProductNames } from "@/lib/admin/audit";
import { requirePermission } from "@/lib/auth";

export const metadata: Metadata = { title: "Audit log" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const timeFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

function PageLink({ page, label, disabled }: { page: number; label: string; disabled: boolean }) {
  const className = "rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium";
  if (disabled) return <span className={`${className} text-slate-400`} aria-disabled="true">{label}</span>;
  return (
    <Link href={`/admin/audit?page=${page}`} className={`${className} text-slate-700 hover:bg-slate-50`}>
      {label}
    </Link>
  );
}

/** A readable name for the changed thing, from what the entry recorded (a code, a slug, an e-mail ...). */
function entityName(before: unknown, after: unknown): string | null {
  for (const values of [after, before]) {
    if (!values || typeof values !== "object") continue;
    for (const key of ["code", "slug", "email", "name", "number"]) {
      const value = (values as Record<string, unknown>)[key];
      if (typeof value === "string" && value) return value;
    }
  }
  return null;
}

export default async function AdminAuditPage({ searchParams }: Props) {
  await requirePermission("audit.view", "/admin/audit");
  const raw = (await searchParams).page;
  const [{ entries, page, pageCount, total }, productNames] = await Promise.all([
    listAuditEntries(Number(Array.isArray(raw) ? raw[0] : raw) || 1),
    listProductNames(),
  ]);
  return (
    <section aria-labelledby="audit-title" className="flex flex-col gap-6">
      <div>
        <h1 id="audit-title" className="text-2xl font-bold text-slate-900">Audit log</h1>
        <p className="mt-1 text-sm text-slate-600">Every change made in the back office: who, what, when, and the values before and after. Times in UTC.</p>
      </div>
      {entries.length === 0 ? (
        <p className="text-slate-600">Nothing has been changed yet.</p>
      ) : (
        <ol className="flex flex-col divide-y divide-slate-200 rounded-2xl border border-slate-200">
          {entries.map((entry) => {
            const changes = diffAuditValues(entry.before, entry.after, productNames);
            const name = entityName(entry.before, entry.after);
            return (
              <li key={entry.id} className="flex flex-col gap-2 p-4">
                <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                  <p className="text-sm text-slate-900">
                    <span className="font-mono font-semibold">{entry.action}</span>{" "}
                    <span className="text-slate-600">
                      on {entry.entityType} {name ? <span className="font-medium text-slate-900">{name}</span> : null}{" "}
                      <span className="break-all font-mono text-xs text-slate-500">{entry.entityId}</span>
                    </span>
                  </p>
                  <time dateTime={entry.createdAt.toISOString()} className="text-xs text-slate-500">
                    {timeFormat.format(entry.createdAt)}
                  </time>
                </div>
                <p className="break-all text-sm text-slate-600">by {entry.actorEmail ?? "a deleted account"}</p>
                <details className="text-sm">
                  <summary className="cursor-pointer text-brand-700">
                    {changes.length} field{changes.length === 1 ? "" : "s"} changed
                  </summary>
                  {changes.length ? (
                    <div className="mt-2 overflow-x-auto">
                      <table className="w-full min-w-md border-collapse text-left text-xs">
                        <thead>
                          <tr className="text-slate-500">
                            <th scope="col" className="border-b border-slate-200 py-1 pr-3 font-medium">Field</th>
                            <th scope="col" className="border-b border-slate-200 py-1 pr-3 font-medium">Before</th>
                            <th scope="col" className="border-b border-slate-200 py-1 font-medium">After</th>
                          </tr>
                        </thead>
                        <tbody>
                          {changes.map((change) => (
                            <tr key={change.field} className="align-top">
                              <th scope="row" className="border-b border-slate-100 py-1 pr-3 font-mono font-medium text-slate-700">{change.field}</th>
                              <td className="max-w-xs whitespace-pre-wrap break-words border-b border-slate-100 py-1 pr-3 text-red-800">
                                <span className="line-clamp-6">{change.before}</span>
                              </td>
                              <td className="max-w-xs whitespace-pre-wrap break-words border-b border-slate-100 py-1 text-emerald-800">
                                <span className="line-clamp-6">{change.after}</span>
                              </td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  ) : (
                    <p className="mt-2 text-slate-500">No field values were recorded.</p>
                  )}
                </details>
              </li>
            );
          })}
        </ol>
      )}
      <nav aria-label="Audit log pages" className="flex items-center justify-between gap-2">
        <PageLink page={page - 1} label="Newer" disabled={page <= 1} />
        <p className="text-sm text-slate-600">
          Page {page} of {pageCount} · {total} change{total === 1 ? "" : "s"}
        </p>
        <PageLink page={page + 1} label="Older" disabled={page >= pageCount} />
      </nav>
    </section>
  );
}
