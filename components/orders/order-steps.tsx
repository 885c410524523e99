import type { OrderStep } from "@/lib/orders/order-steps";

const when = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** What has happened to an order so far, oldest first, as its buyer sees it. */
export function OrderSteps({ steps }: { steps: OrderStep[] }) {
  return (
    <ol className="relative flex flex-col gap-4 border-l border-slate-200 pl-5 text-sm" aria-label="Order progress" data-testid="order-steps">
      {steps.map((step) => (
        <li key={step.key} className="relative">
          <span className="absolute -left-[1.64rem] top-1.5 size-2.5 rounded-full bg-brand-600 ring-4 ring-white" aria-hidden="true" />
          <p className="font-medium text-slate-900">
            {step.label}
            {step.detail ? <span className="font-normal text-slate-600"> {step.detail}</span> : null}
          </p>
          <p className="text-xs text-slate-500">
            <time dateTime={step.at.toISOString()}>{when.format(step.at)} UTC</time>
          </p>
        </li>
      ))}
    </ol>
  );
}
