"use client";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { refreshStorefrontSession } from "./use-storefront-session";

/**
 * Rendered once by the root layout. Asks again after each client navigation, since some end a change the
 * page made (a test payment empties the cart, then lands on the confirmation page), and when the page comes back
 * from the back-forward cache, where it kept an old answer. The first load is useStorefrontSession's own.
 */
export function StorefrontSessionSync() {
  const pathname = usePathname();
  const seen = useRef(pathname);
  useEffect(() => {
    if (seen.current === pathname) return;
    seen.current = pathname;
    refreshStorefrontSession();
  }, [pathname]);
  useEffect(() => {
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) refreshStorefrontSession();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, []);
  return null;
}
