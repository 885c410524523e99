"use client";

// A Markdown text area with a preview drawn by the storefront's own safe renderer, so an editor sees exactly
// what shoppers will (raw HTML dropped). Used by the article and policy-page editors.
import { useState } from "react";
import { MarkdownBody } from "@/components/article/markdown-body";
import { FieldErrors } from "./field-errors";

const inputClass =
  "rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/20 aria-[invalid=true]:border-red-600";

export function MarkdownField({
  name,
  label,
  defaultValue,
  errors,
  hint = "## for a section, ### for a sub-section, - for a list, [text](/products/ultragun) for a link. HTML is not shown.",
  rows = 18,
}: {
  name: string;
  label: string;
  defaultValue: string;
  errors?: string[];
  hint?: string;
  rows?: number;
}) {
  const [text, setText] = useState(defaultValue);
  const [tab, setTab] = useState<"write" | "preview">("write");
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <label htmlFor={name} className="text-sm font-medium text-slate-900">{label}</label>
        <div role="group" aria-label="Editor view" className="inline-flex rounded-lg border border-slate-300 p-0.5 text-sm">
          {(["write", "preview"] as const).map((view) => (
            <button
              key={view}
              type="button"
              aria-pressed={tab === view}
              onClick={() => setTab(view)}
              className="rounded-md px-3 py-1 text-slate-700 aria-pressed:bg-brand-700 aria-pressed:text-white"
            >
              {view === "write" ? "Write" : "Preview"}
            </button>
          ))}
        </div>
      </div>
      <textarea
        id={name}
        name={name}
        rows={rows}
        value={text}
        onChange={(event) => setText(event.target.value)}
        hidden={tab !== "write"}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${name}-error` : `${name}-hint`}
        className={`${inputClass} font-mono text-sm leading-6`}
      />
      {tab === "preview" ? (
        <div aria-label="Preview" role="region" className="rounded-2xl border border-slate-200 bg-white p-4 sm:p-6">
          {text.trim() ? <MarkdownBody markdown={text} /> : <p className="text-slate-500">Nothing to preview yet.</p>}
        </div>
      ) : null}
      <p id={`${name}-hint`} className="text-xs text-slate-500">{hint}</p>
      <FieldErrors id={`${name}-error`} errors={errors} />
    </div>
  );
}
