"use client";
// The header's per-visitor state in the browser: one shared GET /api/storefront/session for the cart badge,
// the account links and the sale strip. SWR keeps the one copy every island reads, merges their requests
// into one, and asks again when the tab comes back into focus or the browser back online.
import { useEffect } from "react";
import useSWR, { mutate } from "swr";
import type { StorefrontSession } from "./types";

export type { StorefrontSession } from "./types";

const ENDPOINT = "/api/storefront/session";

async function fetchSession(url: string): Promise<StorefrontSession> {
  const response = await fetch(url, { cache: "no-store", credentials: "same-origin" });
  // Thrown, SWR keeps what the header shows and tries again a little later.
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return (await response.json()) as StorefrontSession;
}

/** null until the first answer arrives (and always during server rendering and hydration). */
export function useStorefrontSession(): StorefrontSession | null {
  return useSWR(ENDPOINT, fetchSession).data ?? null;
}

/** Ask the server again: after a sign-in or sign-out, a cart change, a navigation. */
export function refreshStorefrontSession(): void {
  void mutate(ENDPOINT);
}

/**
 * For a form whose action changes the cart or the session: pass the action's pending flag, and the header
 * asks again once the action has answered, by which time its writes are done. It also asks when the answer
 * removes the form itself (a removed cart line), since the effect's cleanup runs on unmount too. The page's
 * own refresh cannot do this: the header lives in the static layout, outside what an action re-renders.
 */
export function useRefreshSessionAfter(pending: boolean): void {
  useEffect(() => {
    if (!pending) return;
    return refreshStorefrontSession;
  }, [pending]);
}
