import type { Metadata, Viewport } from "next";
import { Suspense } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { FlashSaleBanner } from "./flash-sale-banner";
import { HeaderAccount } from "./header-account";
import { CartLink, HeaderCart } from "./header-cart";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(process.env.APP_URL ?? "http://localhost:3000"),
  title: { default: "UltraCare Pro: portable relief for leg and hand cramps", template: "%s | UltraCare Pro" },
  description:
    "Portable physiotherapy devices for leg and hand cramps, and plain-language guides to why cramps happen and what helps.",
  openGraph: { siteName: "UltraCare Pro", type: "website", images: ["/images/og-default.png"] },
};

export const viewport: Viewport = { themeColor: "#0f766e" };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        {/* The strip's own height is kept while it streams in, so the page below does not jump (CLS). */}
        <Suspense fallback={<div aria-hidden="true" className="h-[59px] bg-brand-900 sm:h-[37px]" />}>
          <FlashSaleBanner />
        </Suspense>
        <SiteHeader
          accountSlot={
            <Suspense fallback={<span className="inline-block w-14" aria-hidden="true" />}>
              <HeaderAccount />
            </Suspense>
          }
          cartSlot={
            <Suspense fallback={<CartLink count={0} />}>
              <HeaderCart />
            </Suspense>
          }
        />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
