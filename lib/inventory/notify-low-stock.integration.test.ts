import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../prisma/seed/seed";
import { dataPath } from "../env";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { notifyLowStock } from "./notify-low-stock";

const database = setupTestDatabase();
let inventoryEmail: string;

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  inventoryEmail = `stock-${Date.now()}@example.com`;
  await database.db.user.create({ data: { email: inventoryEmail, role: "INVENTORY" } });
});

async function mailsTo(email: string) {
  const dir = dataPath("mail");
  const names = (await readdir(dir)).filter((name) => name.endsWith(`-${email}.eml`));
  return Promise.all(names.map((name) => readFile(path.join(dir, name), "utf8")));
}

describe("low-stock alerts", () => {
  it("e-mails the INVENTORY staff once when a device crosses its threshold, and again only after a restock", async () => {
    expect(await notifyLowStock()).toEqual([]); // seeded stock is above every threshold

    // US111: threshold 5; 6 on hand with 2 reserved leaves 4 free.
    await database.db.product.update({ where: { slug: "us111" }, data: { stock: 6, reserved: 2 } });
    const [alert] = await Promise.all([notifyLowStock(), notifyLowStock()]).then((runs) => runs.flat());
    expect(alert).toMatchObject({ name: "US111 Ultrasound Therapy", available: 4, threshold: 5 });
    expect(await mailsTo(inventoryEmail)).toHaveLength(1);
    expect((await mailsTo(inventoryEmail))[0]).toContain("US111 Ultrasound Therapy: 4 available");

    expect(await notifyLowStock()).toEqual([]); // still low: no second e-mail
    await database.db.product.update({ where: { slug: "us111" }, data: { stock: 30, reserved: 0 } });
    expect(await notifyLowStock()).toEqual([]); // restocked: re-armed
    await database.db.product.update({ where: { slug: "us111" }, data: { stock: 3 } });
    expect(await notifyLowStock()).toHaveLength(1);
    expect(await mailsTo(inventoryEmail)).toHaveLength(2);
  });
});
