// Article bodies are Markdown from the database. Raw HTML in them is dropped (skipHtml), never
// rendered, and react-markdown's default URL filter removes javascript: and similar links.
import Link from "next/link";
import Markdown, { type Components } from "react-markdown";
import remarkGfm from "remark-gfm";
import { remarkHeadingIds } from "@/lib/articles/headings";

/** react-markdown passes its syntax-tree node along; it is not a DOM attribute. */
function withoutNode<P extends { node?: unknown }>(props: P): Omit<P, "node"> {
  const copy = { ...props };
  delete copy.node;
  return copy;
}

const components: Components = {
  // The page title is the only h1; a stray top-level heading in a body becomes a section heading.
  h1: (props) => <h2 className="mt-12 scroll-mt-6 text-2xl font-semibold text-slate-900" {...withoutNode(props)} />,
  h2: (props) => <h2 className="mt-12 scroll-mt-6 text-2xl font-semibold text-slate-900" {...withoutNode(props)} />,
  h3: (props) => <h3 className="mt-8 scroll-mt-6 text-xl font-semibold text-slate-900" {...withoutNode(props)} />,
  h4: (props) => <h4 className="mt-6 font-semibold text-slate-900" {...withoutNode(props)} />,
  p: (props) => <p className="mt-5 leading-7" {...withoutNode(props)} />,
  ul: (props) => <ul className="mt-5 list-disc space-y-2 pl-6 marker:text-brand-600" {...withoutNode(props)} />,
  ol: (props) => <ol className="mt-5 list-decimal space-y-2 pl-6 marker:text-brand-700" {...withoutNode(props)} />,
  li: (props) => <li className="pl-1 leading-7" {...withoutNode(props)} />,
  strong: (props) => <strong className="font-semibold text-slate-900" {...withoutNode(props)} />,
  blockquote: (props) => (
    <blockquote className="mt-6 border-l-4 border-brand-100 pl-4 text-slate-600" {...withoutNode(props)} />
  ),
  hr: () => <hr className="my-10 border-slate-200" />,
  code: (props) => <code className="rounded bg-slate-100 px-1 py-0.5 text-sm" {...withoutNode(props)} />,
  table: (props) => (
    <div className="mt-6 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm" {...withoutNode(props)} />
    </div>
  ),
  th: (props) => <th className="border-b border-slate-300 px-3 py-2 align-top font-semibold" {...withoutNode(props)} />,
  td: (props) => <td className="border-b border-slate-200 px-3 py-2 align-top" {...withoutNode(props)} />,
  // Images would need sizes we do not store; their text stands in.
  img: ({ alt }) => (alt ? <span>{alt}</span> : null),
  a: ({ href = "", children }) => {
    const className = "font-medium text-brand-700 underline decoration-brand-600/40 underline-offset-2 hover:text-brand-800";
    if (href.startsWith("/") && !href.startsWith("//")) {
      return (
        <Link href={href} className={className}>
          {children}
        </Link>
      );
    }
    return (
      <a href={href} className={className} rel="noopener noreferrer">
        {children}
      </a>
    );
  },
};

export function MarkdownBody({ markdown }: { markdown: string }) {
  return (
    <div className="text-[1.0625rem] text-slate-700 [&>*:first-child]:mt-0">
      <Markdown remarkPlugins={[remarkGfm, remarkHeadingIds]} skipHtml components={components}>
        {markdown}
      </Markdown>
    </div>
  );
}
