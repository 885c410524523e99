import "server-only";
import { connection } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { getOrderViewById, type OrderView } from "@/lib/orders/get-order-view";
import { verifyOrderToken, type OrderLinkUse } from "@/lib/orders/order-link";

/** The order named by a signed `?order=` link made for `use`, or null for a missing, forged or expired link. */
export async function orderFromLink(searchParams: Promise<Record<string, string | string[] | undefined>>, use: OrderLinkUse): Promise<OrderView | null> {
  await connection(); // an order's status is live data, read per request
  const { order } = await searchParams;
  const orderId = verifyOrderToken(typeof order === "string" ? order : undefined, use, authSecret());
  return orderId ? getOrderViewById(orderId) : null;
}
