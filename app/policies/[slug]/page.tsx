import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ContactForm } from "@/components/policy/contact-form";
import { PolicyView } from "@/components/policy/policy-view";
import { getPolicyPage, isPolicySlug, policyPath } from "@/lib/policies";
import { sendContactMessageAction } from "./actions";

type Props = { params: Promise<{ slug: string }> };

/**
 * Cached whole, like the product and guide pages: the build renders only the placeholder (refused without a
 * database read), a policy page is rendered on its first request and then served from the cache until a staff
 * edit revalidates TAGS.policy(slug). A slug outside the fixed set is a 404 that reads nothing and is not stored.
 */
export const ensureStatic = "navigation";
// The page reads its param at the top, on purpose: it is cached whole, so a navigation waits for the stored
// page rather than showing a shell. Saying so stops Next's dev-time instant-navigation check from reporting it.
export const instant = false;

/** Not a policy slug: the placeholder is a 404 page and never a database read. */
const PLACEHOLDER = "__placeholder__";
export function generateStaticParams() {
  return [{ slug: PLACEHOLDER }];
}

async function readPolicy(params: Props["params"]) {
  const { slug } = await params;
  if (!isPolicySlug(slug)) return null; // never a cache entry, nor a database read
  return getPolicyPage(slug);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await readPolicy(params);
  if (!page) return { title: "Page not found", robots: { index: false } };
  const url = policyPath(page.slug);
  return {
    title: page.title,
    description: page.summary,
    alternates: { canonical: url },
    openGraph: { type: "website", siteName: "UltraCare Pro", url, title: page.title, description: page.summary },
  };
}

export default async function PolicyPage({ params }: Props) {
  const page = await readPolicy(params);
  if (!page) notFound();
  return <PolicyView page={page}>{page.slug === "contact" ? <ContactForm action={sendContactMessageAction} /> : null}</PolicyView>;
}
