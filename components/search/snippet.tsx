import { snippetParts } from "@/lib/search/snippet";

/** A search snippet with the matched words highlighted; everything is rendered as text. */
export function Snippet({ text }: { text: string }) {
  return (
    <>
      {snippetParts(text).map((part, index) =>
        part.marked ? (
          <mark key={index} className="rounded bg-brand-100 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  );
}
