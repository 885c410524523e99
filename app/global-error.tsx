"use client"; // Error boundaries must be Client Components
import { useEffect } from "react";
import "./globals.css";

// Replaces the root layout when the layout itself fails, so it brings its own <html>, <body> and styles.
export default function GlobalError({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <html lang="en">
      <body className="flex min-h-screen items-center justify-center bg-white px-4 text-slate-800">
        <title>Something went wrong | UltraCare Pro</title>
        <main className="max-w-md text-center" role="alert">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">UltraCare Pro</p>
          <h1 className="mt-3 text-3xl font-bold tracking-tight text-slate-900">The store could not load</h1>
          <p className="mt-4 text-slate-600">Please try again in a moment. If it keeps happening, write to care@ultracare.example.</p>
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <button
              type="button"
              onClick={() => retry()}
              className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
            >
              Try again
            </button>
            {/* A full page load, not a client navigation: the app's own layout is what failed. */}
            <a href="/" className="rounded-lg border border-slate-300 px-5 py-3 font-semibold text-slate-800 hover:border-brand-700">
              Home page
            </a>
          </div>
        </main>
      </body>
    </html>
  );
}
