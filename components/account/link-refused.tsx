import type { ReactNode } from "react";

/** A used, expired or unknown e-mail link: the reason, announced, and the way to a new one. */
export function LinkRefused({ reason, children }: { reason: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-3 text-sm text-slate-700">
      <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-red-800">
        {reason}
      </p>
      <p>{children}</p>
    </div>
  );
}
