import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { zodFieldErrors } from "../actions/define-action";
import { dataPath } from "../env";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { contactSchema } from "./contact-schema";
import { CONTACT_LIMIT, sendContactMessage } from "./send-contact-message";

const database = setupTestDatabase();

/** The outbox's messages (no SMTP_URL in tests) that contain `marker`. */
async function outboxWith(marker: string): Promise<string[]> {
  const dir = dataPath("mail");
  const names = await readdir(dir).catch(() => [] as string[]);
  const texts = await Promise.all(names.filter((name) => name.endsWith(".eml")).map((name) => readFile(path.join(dir, name), "utf8")));
  return texts.filter((text) => text.includes(marker));
}

const message = (marker: string, overrides: Record<string, unknown> = {}) =>
  contactSchema.parse({ name: "Robin Vale", email: "robin@example.com", orderNumber: "uc-7k3m9qx2", message: `My UltraGun stopped charging. ${marker}`, ...overrides });

describe("contactSchema", () => {
  it.each([
    ["no name", { name: " " }, "name"],
    ["a name over two lines", { name: "Robin\nBcc: everyone@example.com" }, "name"],
    ["a bad e-mail", { email: "robin at example" }, "email"],
    ["an order number with spaces", { orderNumber: "UC 7K3M" }, "orderNumber"],
    ["a one-word message", { message: "Help" }, "message"],
  ])("refuses %s under its field", (_name, overrides, field) => {
    const parsed = contactSchema.safeParse({ name: "Robin", email: "robin@example.com", message: "A question about delivery times.", ...overrides });
    expect(parsed.success).toBe(false);
    expect(Object.keys(zodFieldErrors(parsed.error!))).toEqual([field]);
  });

  it("takes an empty order number as none", () => {
    expect(contactSchema.parse({ name: "Robin", email: "robin@example.com", orderNumber: "", message: "A question about delivery times." }).orderNumber).toBeUndefined();
  });
});

describe("sendContactMessage", () => {
  it("mails support with the shopper as the reply address and a copy in the outbox", async () => {
    const marker = `marker-${Date.now()}-a`;
    expect(await sendContactMessage(message(marker), { ip: "198.51.100.20" })).toEqual({ ok: true });
    const [mail, ...others] = await outboxWith(marker);
    expect(others).toEqual([]);
    expect(mail).toMatch(/^To: UltraCare Pro <care@ultracare\.example>$/m); // SUPPORT_EMAIL unset: MAIL_FROM
    expect(mail).toMatch(/^Reply-To: robin@example\.com$/m);
    expect(mail).toMatch(/^Subject: Contact form: Robin Vale about order UC-7K3M9QX2$/m);
    expect(mail).toContain("My UltraGun stopped charging.");
  });

  it(`sends ${CONTACT_LIMIT.limit} messages an hour from one address, then refuses without mailing; other addresses still get through`, async () => {
    const ip = "198.51.100.21";
    const marker = `marker-${Date.now()}-b`;
    for (let i = 0; i < CONTACT_LIMIT.limit; i++) {
      expect(await sendContactMessage(message(`${marker}-${i}`), { ip })).toEqual({ ok: true });
    }
    const refused = await sendContactMessage(message(`${marker}-over`), { ip });
    expect(refused).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect((refused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(CONTACT_LIMIT.windowSeconds - 60);
    expect(await outboxWith(marker)).toHaveLength(CONTACT_LIMIT.limit);
    expect(await outboxWith(`${marker}-over`)).toEqual([]);

    expect(await sendContactMessage(message(`${marker}-elsewhere`), { ip: "198.51.100.22" })).toEqual({ ok: true });

    // Once the window has ended the address may write again.
    await database.db.rateLimit.update({ where: { key: `contact:ip:${ip}` }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect(await sendContactMessage(message(`${marker}-later`), { ip })).toEqual({ ok: true });
  });
});
