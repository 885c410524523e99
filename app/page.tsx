import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { HomeView } from "@/components/home/home-view";
import { getCurrentFlashSale } from "@/lib/promotions";
import { readDeviceGrid } from "./products/_components/device-grid";

// `/` without a rewrite. A route without params is prerendered at build, and the build must not read the
// database, so the content is a request-time hole: `connection()` first, then one cached component (its RSC is
// replayed from the cache, no database read after the first request). Still rendered per request, which costs
// most of a page render: app/home/[edition]/page.tsx is the same page cached whole, for `/` to be rewritten to.

export const metadata: Metadata = { alternates: { canonical: "/" } };

/** No cacheLife of its own on purpose: it takes the shortest of its reads', so it ends with the sale too. */
async function CachedHome() {
  "use cache";
  const [{ sale }, grid] = await Promise.all([getCurrentFlashSale(), readDeviceGrid()]);
  return <HomeView sale={sale} items={grid.items} serverNow={grid.at} />;
}

async function Home() {
  await connection(); // never at build time
  return <CachedHome />;
}

export default function HomePage() {
  return (
    <Suspense fallback={<div className="min-h-screen" />}>
      <Home />
    </Suspense>
  );
}
