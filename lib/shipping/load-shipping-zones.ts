import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { ShippingZone } from "./types";

type Reader = Pick<Prisma.TransactionClient, "shippingZone">;

/**
 * The active zones in their display order, read now (uncached): what a cart is priced with and what a
 * checkout charges. Pass the checkout's transaction so the rate is read in the same snapshot as the order.
 */
export async function loadActiveShippingZones(client: Reader): Promise<ShippingZone[]> {
  return client.shippingZone.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
    select: { id: true, name: true, countries: true, rateCents: true, freeShippingOverCents: true, minDays: true, maxDays: true },
  });
}
