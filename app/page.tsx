import type { Metadata } from "next";
import { connection } from "next/server";
import { Suspense } from "react";
import { HomeView } from "@/components/home/home-view";
import { getCurrentFlashSale } from "@/lib/promotions";
import { readDeviceGrid } from "./products/_components/device-grid";

export const metadata: Metadata = { alternates: { canonical: "/" } };

async function CachedHome() {
  "use cache";
  const [{ sale }, grid] = await Promise.all([getCurrentFlashSale(), readDeviceGrid()]);
  return <HomeView sale={sale} items={grid.items} serverNow={grid.at} />;
}

async function Home() {
  await connection();
  return <CachedHome />;
}

export default function HomePage() {
  return (
    <Suspense fallback={<div className="min-h-screen" />}>
      <Home />
    </Suspense>
  );
}
