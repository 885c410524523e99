import "server-only";
import { recordAudit } from "../../audit/record-audit";
import { db } from "../../db";
import type { Refused, Result } from "../../result";
import type { ShippingZoneInput } from "./shipping-zone-schema";

export type UpdateShippingZoneResult = Result<
  { changed: boolean },
  Refused<"NOT_FOUND"> | Refused<"COUNTRY_IN_OTHER_ZONE", { countries: string[]; zoneName: string }>
>;

/**
 * Saves a zone's countries, rate, free-shipping threshold, delivery estimate and whether it is active, with an
 * audit row holding the old and new values (same transaction). An active zone may not take a country another
 * active zone ships to: a shopper's country must name one price. The same values again change nothing.
 */
export async function updateShippingZone(input: ShippingZoneInput, actorId: string): Promise<UpdateShippingZoneResult> {
  return db.$transaction(async (tx) => {
    // Zone saves queue on one lock, so two editors cannot each give the same country to a different zone.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('shipping_zones'))`;
    const current = await tx.shippingZone.findUnique({ where: { id: input.id } });
    if (!current) return { ok: false, code: "NOT_FOUND" } as const;
    if (input.active) {
      const others = await tx.shippingZone.findMany({ where: { active: true, id: { not: input.id }, countries: { hasSome: input.countries } } });
      if (others.length) {
        const taken = input.countries.filter((code) => others[0].countries.includes(code));
        return { ok: false, code: "COUNTRY_IN_OTHER_ZONE", countries: taken, zoneName: others[0].name } as const;
      }
    }
    const fields = ["countries", "rateCents", "freeShippingOverCents", "minDays", "maxDays", "active"] as const;
    const before = Object.fromEntries(fields.map((field) => [field, current[field]]));
    const after = Object.fromEntries(fields.map((field) => [field, input[field]]));
    if (JSON.stringify(before) === JSON.stringify(after)) return { ok: true, changed: false } as const;
    await tx.shippingZone.update({ where: { id: input.id }, data: after });
    await recordAudit(tx, {
      actorId,
      action: "shipping_zone.update",
      entityType: "shipping_zone",
      entityId: input.id,
      before: { name: current.name, ...before },
      after: { name: current.name, ...after },
    });
    return { ok: true, changed: true } as const;
  });
}
