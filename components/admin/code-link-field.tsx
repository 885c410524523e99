"use client";
import { useState } from "react";

/**
 * A live code's shareable link as text to copy (selected whole on focus), with a copy button where the
 * browser allows it. Marketing pastes it into mails and posts; opening it applies the code to the cart.
 */
export function CodeLinkField({ code, url }: { code: string; url: string }) {
  const [copied, setCopied] = useState(false);
  const id = `code-link-${code}`;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-slate-600">
        Shareable link
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-2 py-1.5 font-mono text-xs text-slate-800"
        />
        <button
          type="button"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
          className="shrink-0 rounded-lg border border-slate-300 px-3 py-1.5 text-xs font-medium text-slate-700 hover:bg-slate-50"
        >
          {copied ? "Copied" : "Copy"}
          <span className="sr-only"> the link for {code}</span>
        </button>
      </div>
    </div>
  );
}
