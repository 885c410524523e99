"use client";
// The header's per-visitor state in the browser: one shared GET /api/storefront/session for the cart badge,
// the account links and the sale strip. Every island reads the one copy kept here (React's
// useSyncExternalStore), requests are merged into one, and the store asks again when the tab comes back into
// view or the browser back online. Written here rather than with SWR: SWR was 5.7 kB gzip of the first-load
// JavaScript of every page (bench/results.md), for one endpoint that needs none of its caching by key.
import { useEffect, useSyncExternalStore } from "react";
import type { StorefrontSession } from "./types";

export type { StorefrontSession } from "./types";

const ENDPOINT = "/api/storefront/session";
/** A tab that comes back into view within this long of the last answer does not ask again. */
const FRESH_MS = 5_000;
/** After a failed request, another try this much later, doubling up to a minute while the server is down; the
 * header keeps what it shows meanwhile. */
const RETRY_MS = 5_000;
const MAX_RETRY_MS = 60_000;

let current: StorefrontSession | null = null;
let answeredAt = 0;
let inFlight = false;
/** A refresh asked for while a request was out: its answer may predate the change, so ask once more after it. */
let askAgain = false;
let retry: ReturnType<typeof setTimeout> | undefined;
let retryMs = RETRY_MS;
const listeners = new Set<() => void>();

async function request(): Promise<void> {
  inFlight = true;
  try {
    const response = await fetch(ENDPOINT, { cache: "no-store", credentials: "same-origin" });
    if (!response.ok) throw new Error(`${ENDPOINT} answered ${response.status}`);
    current = (await response.json()) as StorefrontSession;
    answeredAt = Date.now();
    retryMs = RETRY_MS;
    for (const listener of listeners) listener();
  } catch {
    clearTimeout(retry);
    retry = setTimeout(refreshStorefrontSession, retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  } finally {
    inFlight = false;
    if (askAgain) {
      askAgain = false;
      void request();
    }
  }
}

/** Ask the server again: after a sign-in or sign-out, a cart change, a navigation. */
export function refreshStorefrontSession(): void {
  if (inFlight) askAgain = true;
  else void request();
}

function refreshIfStale(): void {
  if (document.visibilityState === "visible" && Date.now() - answeredAt > FRESH_MS) refreshStorefrontSession();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) {
    document.addEventListener("visibilitychange", refreshIfStale);
    window.addEventListener("focus", refreshIfStale);
    window.addEventListener("online", refreshStorefrontSession);
    // The first island to mount asks; the others share that answer.
    if (!current && !inFlight) refreshStorefrontSession();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    document.removeEventListener("visibilitychange", refreshIfStale);
    window.removeEventListener("focus", refreshIfStale);
    window.removeEventListener("online", refreshStorefrontSession);
  };
}

/** null until the first answer arrives (and always during server rendering and hydration). */
export function useStorefrontSession(): StorefrontSession | null {
  return useSyncExternalStore(
    subscribe,
    () => current,
    () => null,
  );
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
