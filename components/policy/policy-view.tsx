import type { ReactNode } from "react";
import { MarkdownBody } from "@/components/article/markdown-body";
import type { PolicyPageView } from "@/lib/policies";
import { PolicyNav } from "./policy-nav";

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

/** A policy page: its title, when it last changed, the staff's Markdown, and anything the page adds (the contact form). */
export function PolicyView({ page, children }: { page: PolicyPageView; children?: ReactNode }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8 sm:py-12">
      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-16">
        <article className="min-w-0 max-w-3xl">
          <header className="border-b border-slate-200 pb-6">
            <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Customer care</p>
            <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-900 sm:text-4xl">{page.title}</h1>
            {page.slug === "contact" ? null : (
              // Terms and privacy are agreements: the reader must see which version they read.
              <p className="mt-3 text-sm text-slate-500">
                Last updated <time dateTime={page.updatedAt}>{dateFormat.format(new Date(page.updatedAt))}</time>
              </p>
            )}
          </header>
          <div className="mt-8">
            <MarkdownBody markdown={page.body} />
          </div>
          {children ? <div className="mt-10">{children}</div> : null}
        </article>
        <aside className="lg:pt-2">
          <div className="lg:sticky lg:top-6">
            <PolicyNav current={page.slug} />
          </div>
        </aside>
      </div>
    </div>
  );
}
