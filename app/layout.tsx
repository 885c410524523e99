import type { Metadata, Viewport } from "next";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { env } from "@/lib/env";
import { FlashSaleBanner } from "./flash-sale-banner";
import { HeaderAccount } from "./header-account";
import { HeaderCart } from "./header-cart";
import { StorefrontSessionSync } from "@/components/storefront-session/storefront-session-sync";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env().APP_URL),
  title: { default: "UltraCare Pro: portable relief for leg and hand cramps", template: "%s | UltraCare Pro" },
  description:
    "Portable physiotherapy devices for leg and hand cramps, and plain-language guides to why cramps happen and what helps.",
  openGraph: { siteName: "UltraCare Pro", type: "website", images: ["/images/og-default.png"] },
};

export const viewport: Viewport = { themeColor: "#0f766e" };

/**
 * Static: no request data and no database read here, so every page can be prerendered or cached whole.
 * The per-visitor parts (account links, cart count) and the sale strip are client islands fed by one
 * GET /api/storefront/session after load; each keeps its size while it waits, so nothing shifts.
 */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
          Skip to content
        </a>
        <StorefrontSessionSync />
        <FlashSaleBanner />
        <SiteHeader accountSlot={<HeaderAccount />} cartSlot={<HeaderCart />} />
        <main id="main" className="flex-1">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
