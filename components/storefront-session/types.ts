/** What the header shows for this visitor: GET /api/storefront/session answers with it. */
export type StorefrontSession = {
  /** null: signed out. */
  user: { email: string; staff: boolean } | null;
  cartCount: number;
  /** The flash sale if it is live; the browser hides it by itself at `endsAt` (ms, null: no end). */
  sale: { code: string; maxPercentOff: number; endsAt: number | null } | null;
  /** The server's time when it answered (ms). */
  now: number;
};
