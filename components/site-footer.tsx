import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-600">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:grid-cols-3">
        <section aria-labelledby="footer-contact">
          <h2 id="footer-contact" className="font-semibold text-slate-900">Contact</h2>
          <p className="mt-2">
            <a className="underline hover:text-brand-700" href="mailto:care@ultracare.example">care@ultracare.example</a>
          </p>
          <p className="mt-1">Monday to Friday, 9:00 to 17:00</p>
        </section>
        <section aria-labelledby="footer-shipping">
          <h2 id="footer-shipping" className="font-semibold text-slate-900">Shipping and returns</h2>
          <p className="mt-2">Free shipping on orders over $150. Unused devices can be returned within 30 days.</p>
          <p className="mt-1">
            <Link className="underline hover:text-brand-700" href="/learn" prefetch={false}>Cramp guides</Link>
          </p>
        </section>
        <section aria-labelledby="footer-medical">
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
