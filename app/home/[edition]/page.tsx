import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HomeView } from "@/components/home/home-view";
import { listProductOffers } from "@/lib/catalog";
import { getCurrentFlashSale } from "@/lib/promotions";

// The home page, `/`: next.config.js rewrites `/` to `/home/current` (and redirects /home/* to `/`, so the page
// has one address). Why a param route: Next prerenders a route without params at build time, and the home page
// needs the database (devices, stock, the sale), which the build must never open; an app/page.tsx could only
// render its content per request (a Suspense hole of cached reads measured 6-10% of a static page's req/s).
// Here the build renders only the placeholder; "current" is rendered on its first request, then served from the
// cache until a tag it read is revalidated (TAGS.products: stock, prices; TAGS.coupons: the sale) or the sale
// starts or ends (saleCacheLife). Every other edition is a 404.
export const ensureStatic = "navigation";
// The page reads its param at the top, on purpose: it is cached whole, so a navigation waits for the stored
// page rather than showing a shell. Saying so stops Next's dev-time instant-navigation check from reporting it.
export const instant = false;

export function generateStaticParams() {
  return [{ edition: "__placeholder__" }];
}

export const metadata: Metadata = { alternates: { canonical: "/" } };

export default async function CachedHomePage({ params }: { params: Promise<{ edition: string }> }) {
  const { edition } = await params;
  if (edition !== "current") notFound();
  const [{ sale, at }, grid] = await Promise.all([getCurrentFlashSale(), listProductOffers()]);
  return <HomeView sale={sale} items={grid.items} serverNow={at} />;
}
