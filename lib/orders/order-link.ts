// The success page's link: the order id plus an HMAC, so a guest can see their order without an
// account, and nobody can read an order by guessing ids.
import { createHmac, timingSafeEqual } from "node:crypto";

const mac = (orderId: string, secret: string) => createHmac("sha256", secret).update(`order:${orderId}`).digest("base64url");

export function orderToken(orderId: string, secret: string): string {
  return `${orderId}.${mac(orderId, secret)}`;
}

export function verifyOrderToken(token: string | undefined, secret: string): string | null {
  if (!token) return null;
  const dot = token.lastIndexOf(".");
  if (dot <= 0) return null;
  const orderId = token.slice(0, dot);
  const given = Buffer.from(token.slice(dot + 1));
  const expected = Buffer.from(mac(orderId, secret));
  return given.length === expected.length && timingSafeEqual(given, expected) ? orderId : null;
}
