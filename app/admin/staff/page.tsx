import type { Metadata } from "next";
import Form from "next/form";
import { findPeople, PEOPLE_PAGE_SIZE } from "@/lib/admin/staff";
import { requirePermission } from "@/lib/auth";
import { changeRoleAction } from "./actions";
import { RoleForm } from "./_components/role-form";

export const metadata: Metadata = { title: "Staff" };
export const instant = false;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminStaffPage({ searchParams }: Props) {
  const user = await requirePermission("staff.manage", "/admin/staff");
  const raw = (await searchParams).q;
  const search = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  const people = await findPeople(search);
  return (
    <section aria-labelledby="staff-title" className="flex flex-col gap-6">
      <div>
        <h1 id="staff-title" className="text-2xl font-bold text-slate-900">Staff</h1>
        <p className="mt-1 text-sm text-slate-600">
          Roles take effect on the person&apos;s next click. The store always keeps at least one admin.
        </p>
      </div>
      <Form role="search" action="/admin/staff" className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-56 flex-1 flex-col gap-1">
          <label htmlFor="q" className="text-sm font-medium text-slate-900">Find people by e-mail</label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={search}
            placeholder="name@example.com"
            className="rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20"
          />
        </div>
        <button type="submit" className="rounded-lg bg-brand-700 px-4 py-2.5 font-semibold text-white hover:bg-brand-800">Search</button>
      </Form>
      <h2 className="text-sm font-semibold text-slate-700">
        {search ? `Accounts matching “${search}”` : "Everyone with a staff role"}
        {people.length === PEOPLE_PAGE_SIZE ? ` (first ${PEOPLE_PAGE_SIZE}; narrow the search)` : ""}
      </h2>
      {people.length === 0 ? (
        <p className="text-slate-600">No account matches.</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded-2xl border border-slate-200">
          {people.map((person) => (
            <li key={person.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <p className="break-all font-medium text-slate-900">
                  {person.email}
                  {person.id === user.id ? <span className="ml-2 text-xs font-normal text-slate-500">(you)</span> : null}
                </p>
                {person.name ? <p className="text-sm text-slate-500">{person.name}</p> : null}
              </div>
              <RoleForm action={changeRoleAction} userId={person.id} email={person.email} role={person.role} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
