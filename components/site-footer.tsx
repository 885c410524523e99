import Link from "next/link";
import { POLICY_LINK_LABELS, policyPath, type PolicySlug } from "@/lib/policies/policy-slugs";

const HELP: PolicySlug[] = ["contact", "shipping", "returns", "warranty"];
const LEGAL: PolicySlug[] = ["privacy", "terms"];

export function SiteFooter() {
  return (
    // The links' look is set once here rather than on each of them: the footer is on every page, and a class list
    // repeated per link is written twice per page (in the HTML and in the RSC payload), bytes every response carries.
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-600 [&_a]:underline-offset-2 [&_a:hover]:text-brand-700 [&_a:hover]:underline">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-2 lg:grid-cols-[1fr_1fr_2fr]">
        <nav aria-labelledby="footer-help">
          <h2 id="footer-help" className="font-semibold text-slate-900">Help</h2>
          <ul className="mt-2 space-y-1.5">
            {HELP.map((slug) => (
              <li key={slug}>
                <Link href={policyPath(slug)} prefetch={false}>{POLICY_LINK_LABELS[slug]}</Link>
              </li>
            ))}
            <li>
              <Link href="/orders/lookup" prefetch={false}>Track an order</Link>
            </li>
          </ul>
          <p className="mt-3">Monday to Friday, 9:00 to 17:00</p>
        </nav>
        <nav aria-labelledby="footer-store">
          <h2 id="footer-store" className="font-semibold text-slate-900">The store</h2>
          <ul className="mt-2 space-y-1.5">
            <li>
              <Link href="/learn" prefetch={false}>Cramp guides</Link>
            </li>
            {LEGAL.map((slug) => (
              <li key={slug}>
                <Link href={policyPath(slug)} prefetch={false}>{POLICY_LINK_LABELS[slug]}</Link>
              </li>
            ))}
          </ul>
          <p className="mt-3">Delivery is priced by destination: your cart shows the cost and time for your country. Unused devices can be returned within 30 days.</p>
        </nav>
        <section aria-labelledby="footer-medical" className="sm:col-span-2 lg:col-span-1">
          <h2 id="footer-medical" className="font-semibold text-slate-900">Medical disclaimer</h2>
          <p className="mt-2">
            Our guides and devices support comfort and recovery; they do not diagnose or treat any disease. See a doctor
            about cramps that are severe, frequent or come with other symptoms.
          </p>
        </section>
      </div>
      <p className="border-t border-slate-200 py-4 text-center text-xs text-slate-500">© UltraCare Pro</p>
    </footer>
  );
}
