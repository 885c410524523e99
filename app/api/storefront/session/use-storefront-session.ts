"use client";
// The header's per-visitor state in the browser: one shared GET /api/storefront/session for the cart badge,
// the account links and the sale strip, fetched after load and again whenever it may have changed.
import { usePathname } from "next/navigation";
import { useEffect, useSyncExternalStore } from "react";
import type { StorefrontSession } from "./types";

export type { StorefrontSession } from "./types";

const ENDPOINT = "/api/storefront/session";

let current: StorefrontSession | null = null;
const listeners = new Set<() => void>();
let inFlight = false;
let again = false;

async function load() {
  if (inFlight) {
    again = true; // a change happened while a request was out: ask once more when it lands
    return;
  }
  inFlight = true;
  try {
    const response = await fetch(ENDPOINT, { cache: "no-store", credentials: "same-origin" });
    if (response.ok) {
      current = (await response.json()) as StorefrontSession;
      for (const listener of listeners) listener();
    }
  } catch {
    // Offline or the server is restarting: keep what the header shows; the next navigation asks again.
  } finally {
    inFlight = false;
    if (again) {
      again = false;
      void load();
    }
  }
}

/** Ask the server again (after a sign-in, a cart change, a return to the tab). */
export function refreshStorefrontSession(): void {
  void load();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** null until the first answer arrives (and always during server rendering and hydration). */
export function useStorefrontSession(): StorefrontSession | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
}

/** Next's client router marks every Server Action call with this request header. */
const ACTION_HEADER = "next-action";

function isServerActionCall(init: RequestInit | undefined): boolean {
  if (!init?.headers) return false;
  try {
    return new Headers(init.headers).has(ACTION_HEADER);
  } catch {
    return false;
  }
}

/**
 * After every Server Action (add to cart, change a quantity, sign-up…), ask again: the action has written
 * by the time its response arrives (its headers carry the cookies it set, so they follow the work). The
 * router refreshes the page itself (`refresh()`), but a static or cached page may come back unchanged, and
 * the header is not part of it. Watching the calls keeps components/cart free of header bookkeeping.
 */
function watchServerActions(): () => void {
  const original = window.fetch;
  const watched: typeof window.fetch = async (input, init) => {
    const response = await original(input, init);
    if (isServerActionCall(init)) refreshStorefrontSession();
    return response;
  };
  window.fetch = watched;
  return () => {
    if (window.fetch === watched) window.fetch = original;
  };
}

/**
 * Keeps the session fresh. Rendered once by the root layout: asks on load and after each navigation
 * (sign-in and sign-out end in one), after every Server Action, and when the tab comes back into view or
 * out of the back-forward cache.
 */
export function StorefrontSessionSync() {
  const pathname = usePathname();
  useEffect(() => {
    refreshStorefrontSession();
  }, [pathname]);
  useEffect(() => {
    const unwatch = watchServerActions();
    const onVisible = () => {
      if (document.visibilityState === "visible") refreshStorefrontSession();
    };
    const onPageShow = (event: PageTransitionEvent) => {
      if (event.persisted) refreshStorefrontSession();
    };
    document.addEventListener("visibilitychange", onVisible);
    window.addEventListener("pageshow", onPageShow);
    return () => {
      unwatch();
      document.removeEventListener("visibilitychange", onVisible);
      window.removeEventListener("pageshow", onPageShow);
    };
  }, []);
  return null;
}
