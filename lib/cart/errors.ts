// Expected cart failures as codes; lib/cart/messages.ts has their sentences.
export type CartError =
  | { code: "PRODUCT_UNAVAILABLE" }
  | { code: "NOT_ENOUGH_STOCK"; available: number; inCart: number }
  | { code: "LINE_LIMIT"; max: number; inCart: number }
  | { code: "LINE_NOT_FOUND" };

export type CartResult = { ok: true } | ({ ok: false } & CartError);
