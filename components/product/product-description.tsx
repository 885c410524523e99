import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";

// Our own look for each Markdown element; raw HTML in the text is dropped (skipHtml), never rendered.
const components: Components = {
  p: ({ children }) => <p className="mt-4 leading-7 text-slate-700 first:mt-0">{children}</p>,
  ul: ({ children }) => <ul className="mt-3 list-disc space-y-1.5 pl-5 text-slate-700 marker:text-brand-600">{children}</ul>,
  ol: ({ children }) => <ol className="mt-3 list-decimal space-y-1.5 pl-5 text-slate-700">{children}</ol>,
  li: ({ children }) => <li className="leading-7">{children}</li>,
  strong: ({ children }) => <strong className="font-semibold text-slate-900">{children}</strong>,
  h2: ({ children }) => <h3 className="mt-6 text-lg font-semibold text-slate-900">{children}</h3>,
  h3: ({ children }) => <h4 className="mt-5 font-semibold text-slate-900">{children}</h4>,
  a: ({ href, children }) => (
    <a href={href} className="font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800">
      {children}
    </a>
  ),
  img: () => null,
};

export function ProductDescription({ markdown }: { markdown: string }) {
  return (
    <div className="text-base">
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
