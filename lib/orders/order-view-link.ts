// The "View your order" address the e-mails carry: absolute (built on APP_URL, never a request's host) and
// signed for viewing only, so a guest reaches their order without an account and nobody reaches it by guessing.
import "server-only";
import { authSecret } from "../auth/secret";
import { env } from "../env";
import { orderToken } from "./order-link";

export const ORDER_VIEW_PATH = "/orders/view";

export function orderViewLink(order: { id: string; holdExpiresAt: Date }): string {
  const token = orderToken(order.id, "view", order.holdExpiresAt, authSecret());
  return new URL(`${ORDER_VIEW_PATH}?order=${encodeURIComponent(token)}`, env().APP_URL).toString();
}
