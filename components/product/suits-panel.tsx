import Link from "next/link";
import type { CrampSeverity } from "@/lib/catalog";
import { SEVERITY_LABEL } from "./severity";

const ORDER: CrampSeverity[] = ["MILD_TO_MODERATE", "SEVERE"];

/** Which cramps the device is made for, beside the one it is not, so the choice is easy to check. */
export function SuitsPanel({ severity, bestFor }: { severity: CrampSeverity; bestFor: string }) {
  return (
    <section aria-labelledby="suits-heading" className="rounded-2xl bg-brand-50 p-5 ring-1 ring-brand-100">
      <h2 id="suits-heading" className="text-sm font-semibold uppercase tracking-wide text-brand-800">
        Which cramps it suits
      </h2>
      <ul className="mt-3 flex flex-wrap gap-2">
        {ORDER.map((level) => {
          const suits = level === severity;
          return (
            <li
              key={level}
              className={`inline-flex items-center gap-1.5 rounded-full px-3 py-1 text-sm ${
                suits ? "bg-brand-700 font-medium text-white" : "bg-white text-slate-600 ring-1 ring-slate-200"
              }`}
            >
              <span aria-hidden="true">{suits ? "✓" : "–"}</span>
              {SEVERITY_LABEL[level]}
              <span className="sr-only">{suits ? ": suited" : ": not its focus"}</span>
            </li>
          );
        })}
      </ul>
      <p className="mt-3 text-sm leading-6 text-slate-700">{bestFor}</p>
      <p className="mt-3 flex flex-col items-start gap-1 text-sm">
        <Link href="/guide" className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900">
          Not sure which device fits? Try the relief guide
        </Link>
        <Link href="/compare" className="font-medium text-brand-800 underline underline-offset-2 hover:text-brand-900">
          Compare all three devices
        </Link>
      </p>
    </section>
  );
}
