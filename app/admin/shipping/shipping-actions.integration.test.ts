// The shipping zone form's server action, called as the browser would (FormData): staff who may edit
// products change a zone (audited, cached readers refreshed); everyone else is refused and nothing changes.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { seed } from "@/prisma/seed/seed";
import { updateShippingZoneAction } from "./actions";

const updated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), updateTag: (tag: string) => updated.push(tag) }));

const database = setupTestDatabase();
const users = {} as Record<Role, string>;
let auZoneId = "";

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  for (const role of ["CUSTOMER", "ADMIN", "INVENTORY", "MARKETING", "SUPPORT"] as Role[]) users[role] = (await createUser(database.db, role)).id;
  auZoneId = (await database.db.shippingZone.findUniqueOrThrow({ where: { name: "Australia and New Zealand" } })).id;
});
afterEach(() => {
  stopActing();
  updated.length = 0;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const auEdit = (overrides: Record<string, string> = {}) =>
  form({ id: auZoneId, countries: "AU, NZ", rate: "29.95", freeOver: "", minDays: "6", maxDays: "14", active: "on", ...overrides });

const auZone = () => database.db.shippingZone.findUniqueOrThrow({ where: { id: auZoneId } });

describe("editing a shipping zone", () => {
  it.each([
    ["a visitor", null, "UNAUTHENTICATED"],
    ["a customer", "CUSTOMER", "FORBIDDEN"],
    ["marketing staff", "MARKETING", "FORBIDDEN"],
    ["support staff", "SUPPORT", "FORBIDDEN"],
  ] as const)("is refused to %s, and nothing changes", async (_who, role, code) => {
    actAs(role ? users[role] : null);
    const before = await auZone();
    expect(await updateShippingZoneAction(undefined, auEdit())).toMatchObject({ ok: false, code });
    expect(await auZone()).toEqual(before);
    expect(await database.db.auditLog.count({ where: { entityType: "shipping_zone" } })).toBe(0);
    expect(updated).toEqual([]);
  });

  it("saves rate, threshold, estimate and countries for staff who edit products, with an audit row, and refreshes cached readers", async () => {
    actAs(users.INVENTORY);
    expect(await updateShippingZoneAction(undefined, auEdit())).toEqual({ ok: true, data: undefined, message: "Saved. Carts and product pages use the new shipping now." });
    expect(await auZone()).toMatchObject({ countries: ["AU", "NZ"], rateCents: 2995, freeShippingOverCents: null, minDays: 6, maxDays: 14, active: true });
    expect(updated).toEqual(["shipping-zones"]);
    const [entry] = await database.db.auditLog.findMany({ where: { entityType: "shipping_zone", entityId: auZoneId } });
    expect(entry).toMatchObject({
      actorId: users.INVENTORY,
      action: "shipping_zone.update",
      before: { name: "Australia and New Zealand", rateCents: 2495, freeShippingOverCents: 30000, minDays: 7, maxDays: 12 },
      after: { name: "Australia and New Zealand", rateCents: 2995, freeShippingOverCents: null, minDays: 6, maxDays: 14 },
    });

    updated.length = 0;
    expect(await updateShippingZoneAction(undefined, auEdit())).toMatchObject({ ok: true, message: "Nothing changed: the zone already has these values." });
    expect(updated).toEqual([]);
  });

  it("answers every bad field under its own name and saves nothing", async () => {
    actAs(users.ADMIN);
    const before = await auZone();
    const result = await updateShippingZoneAction(undefined, auEdit({ countries: "AU, XX, EU", rate: "ten", freeOver: "-5", minDays: "9", maxDays: "4" }));
    expect(result).toMatchObject({
      ok: false,
      code: "INVALID_INPUT",
      fieldErrors: {
        countries: ["Not ISO country codes: XX, EU. Use two letters, such as GB or DE."],
        rate: [expect.stringContaining("9.95")],
        freeOver: [expect.stringContaining("never ship free")],
        maxDays: ["The longest time cannot be shorter than the shortest."],
      },
    });
    expect(await auZone()).toEqual(before);
  });

  it("refuses a country another active zone ships to, naming it", async () => {
    actAs(users.ADMIN);
    expect(await updateShippingZoneAction(undefined, auEdit({ countries: "AU, NZ, GB" }))).toEqual({
      ok: false,
      code: "COUNTRY_IN_OTHER_ZONE",
      formError: "Please correct the fields marked below.",
      fieldErrors: { countries: ["GB is already in United Kingdom and EU. A country can be in one active zone only."] },
    });
    expect((await auZone()).countries).toEqual(["AU", "NZ"]);
  });

  it("switches a zone off, which takes its countries out of the cart's list", async () => {
    actAs(users.ADMIN);
    expect(await updateShippingZoneAction(undefined, auEdit({ active: "" }))).toMatchObject({ ok: true });
    expect((await auZone()).active).toBe(false);
    const { getCartView } = await import("@/lib/cart/cart-view");
    const cart = await database.db.cart.create({ data: { lines: { create: { productId: (await database.db.product.findFirstOrThrow()).id, quantity: 1 } } } });
    const view = await getCartView(cart.id, {}, new Date(), { acceptLanguage: "en-AU" });
    expect(view.shipping.countries.map((c) => c.code)).not.toContain("AU");
    expect(view.shipping.destination).toEqual({ country: "US", chosen: false });
  });
});
