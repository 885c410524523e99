import "server-only";
import { connection } from "next/server";
import { authSecret } from "@/lib/auth/secret";
import { getOrderViewById, type OrderView } from "@/lib/orders/get-order-view";
import { verifyOrderToken } from "@/lib/orders/order-link";

/** The order named by a signed `?order=` link, or null for a missing or forged link. */
export async function orderFromLink(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<OrderView | null> {
  await connection(); // an order's status is live data, read per request
  const { order } = await searchParams;
  const orderId = verifyOrderToken(typeof order === "string" ? order : undefined, authSecret());
  return orderId ? getOrderViewById(orderId) : null;
}
