"use client"; // Error boundaries must be Client Components
import Link from "next/link";
import { useEffect } from "react";

// Inside the root layout, so the header and footer stay. Production never shows the error's message
// (it may hold internals); the digest lets support match the server log.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;

  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center sm:py-24" role="alert">
      <h1 className="text-3xl font-bold tracking-tight text-slate-900">Something went wrong on our side</h1>
      <p className="mt-4 text-lg text-slate-600">
        This page could not load just now. Trying again usually fixes it; your cart is safe either way.
      </p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded-lg bg-brand-700 px-5 py-3 font-semibold text-white hover:bg-brand-800"
        >
          Try again
        </button>
        <Link href="/" className="rounded-lg border border-slate-300 px-5 py-3 font-semibold text-slate-800 hover:border-brand-700">
          Go to the home page
        </Link>
      </div>
      {digest && <p className="mt-8 text-xs text-slate-500">Reference: {digest}</p>}
    </div>
  );
}
