"use client";
import { countdownParts, countdownWords, pad } from "./countdown-parts";
import { useNow } from "./use-now";

type Props = { endsAt: number; serverNow: number; variant?: "blocks" | "inline"; className?: string };

/** Time left until the sale ends, ticking every second. */
export function SaleCountdown({ endsAt, serverNow, variant = "blocks", className }: Props) {
  const parts = countdownParts(endsAt, useNow(serverNow));
  const label = `Sale ends in ${countdownWords(parts)}`;
  const dateTime = new Date(endsAt).toISOString();

  if (variant === "inline") {
    const text = parts.days > 0 ? `${parts.days}d ${pad(parts.hours)}h ${pad(parts.minutes)}m` : `${pad(parts.hours)}:${pad(parts.minutes)}:${pad(parts.seconds)}`;
    return (
      <time role="timer" dateTime={dateTime} aria-label={label} className={`tabular-nums ${className ?? ""}`}>
        {text}
      </time>
    );
  }

  const blocks = [
    { value: parts.days, unit: "days" },
    { value: parts.hours, unit: "hrs" },
    { value: parts.minutes, unit: "min" },
    { value: parts.seconds, unit: "sec" },
  ];
  return (
    <time role="timer" dateTime={dateTime} aria-label={label} className={`flex gap-2 ${className ?? ""}`} data-testid="sale-countdown">
      {blocks.map((block) => (
        <span key={block.unit} aria-hidden="true" className="flex min-w-14 flex-col items-center rounded-lg bg-white px-2 py-1.5 ring-1 ring-slate-200">
          <span className="text-xl font-semibold tabular-nums text-slate-900">{pad(block.value)}</span>
          <span className="text-[11px] font-medium uppercase tracking-wide text-slate-500">{block.unit}</span>
        </span>
      ))}
    </time>
  );
}
