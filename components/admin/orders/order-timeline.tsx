import type { AdminOrder } from "@/lib/admin/orders/get-admin-order";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function OrderTimeline({ events }: { events: AdminOrder["events"] }) {
  if (!events.length) return <p className="text-sm text-slate-600">Nothing recorded yet.</p>;
  return (
    <ol className="relative flex flex-col gap-4 border-l border-slate-200 pl-5 text-sm" data-testid="order-timeline">
      {events.map((event) => (
        <li key={event.id} className="relative">
          <span className="absolute -left-[1.64rem] top-1.5 size-2.5 rounded-full bg-brand-600 ring-4 ring-white" aria-hidden="true" />
          <p className="text-slate-900">{event.message}</p>
          <p className="text-xs text-slate-500">
            <time dateTime={event.createdAt.toISOString()}>{when.format(event.createdAt)} UTC</time> · {event.type.replace(/_/g, " ")}
          </p>
        </li>
      ))}
    </ol>
  );
}
