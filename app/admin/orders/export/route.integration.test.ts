// The CSV export answers staff who may see orders with the filtered list, and refuses everyone else.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { actAs, createUser, stopActing } from "@/testing/act-as";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { GET } from "./route";

const database = setupTestDatabase();
const users: Record<string, string> = {};

beforeAll(async () => {
  for (const role of ["SUPPORT", "INVENTORY"] as const) users[role] = (await createUser(database.db, role)).id;
  const base = { subtotalCents: 15900, totalCents: 15900, provider: "TEST" as const, holdExpiresAt: new Date(), status: "PAID" as const };
  await database.db.order.create({ data: { ...base, number: "UC-CSV001", email: "first@example.com", couponCode: "FLASHSALE" } });
  await database.db.order.create({ data: { ...base, number: "UC-CSV002", email: "second@example.com" } });
});
afterEach(stopActing);

describe("GET /admin/orders/export", () => {
  it("gives support staff the filtered orders as a CSV download", async () => {
    actAs(users.SUPPORT);
    const response = await GET(new Request("http://localhost/admin/orders/export?code=flashsale"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="orders-\d{4}-\d{2}-\d{2}\.csv"$/);
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^UC-CSV001,.*,PAID,first@example\.com,FLASHSALE,159\.00,0\.00,0\.00,0\.00,159\.00,0\.00,USD,$/);
  });

  it("refuses staff whose role does not cover orders", async () => {
    actAs(users.INVENTORY);
    expect((await GET(new Request("http://localhost/admin/orders/export"))).status).toBe(403);
  });
});
