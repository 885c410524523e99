import Link from "next/link";

export function MedicalDisclaimer() {
  return (
    <aside aria-labelledby="disclaimer-heading" className="rounded-2xl border border-amber-200 bg-amber-50 p-5 text-sm leading-6 text-amber-950">
      <h2 id="disclaimer-heading" className="font-semibold">A note on medical advice</h2>
      <p className="mt-1">
        This guide explains cramps in general terms; it cannot diagnose you or replace a doctor who knows your health.
        Our devices support comfort and recovery and do not treat the cause of cramps. If cramps are severe, come most
        days or arrive with swelling, numbness or weakness, please{" "}
        <Link href="/learn/when-to-see-a-doctor" className="font-medium underline underline-offset-2">
          see a doctor
        </Link>
        .
      </p>
    </aside>
  );
}
