import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth";
import { adminNavFor } from "@/lib/auth/admin-nav";

export const metadata: Metadata = { title: { default: "Back office", template: "%s | Back office" }, robots: { index: false } };

// The back office blocks on the server until the visitor is known: a stranger gets a real redirect,
// never a flash of the admin shell. Every page and action below checks its own permission too.
export const instant = false;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePermission("admin.access", "/admin");
  const nav = adminNavFor(user.role);
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-6 px-4 py-8 md:flex-row">
      <nav aria-label="Back office" className="md:w-52 md:shrink-0">
        <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Back office</p>
        <ul className="flex flex-wrap gap-1 md:flex-col">
          {nav.map((item) => (
            <li key={item.href}>
              <Link href={item.href} className="block rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100 hover:text-brand-700">
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-4 break-all text-xs text-slate-500">Signed in as {user.email}</p>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
