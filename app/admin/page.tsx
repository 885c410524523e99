import { requirePermission } from "@/lib/auth";

export const instant = false;

export default async function AdminDashboardPage() {
  const user = await requirePermission("dashboard.view", "/admin");
  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title" className="text-2xl font-bold text-slate-900">Dashboard</h1>
      <p className="mt-2 text-slate-600">
        Welcome{user.name ? `, ${user.name}` : ""}. Sales, stock and order figures will appear here.
      </p>
    </section>
  );
}
