// The account page's actions, as plain functions against a real database: each acts on the signed-in
// user's own account only, asks for the current password where it matters, and refuses signed-out visitors.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { decode, encode } from "next-auth/jwt";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { actAs, stopActing } from "@/testing/act-as";
import { latestLink, mailsTo } from "@/testing/outbox";
import { confirmEmail } from "@/lib/account/confirm-email";
import { ERASED } from "@/lib/account/delete-account";
import { authorize } from "@/lib/auth";
import { hashPassword } from "@/lib/auth/password";
import { authSecret } from "@/lib/auth/secret";
import { verifyCredentials } from "@/lib/auth/verify-credentials";
import { dataPath } from "@/lib/env";
import * as actions from "./actions";

// The browser's cookie jar, as next/headers hands it to a server action.
const jar = new Map<string, string>();
vi.mock("next/headers", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/headers")>()),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
  }),
}));

const database = setupTestDatabase();
const PASSWORD = "my-current-pass-1";
const ip = "203.0.113.90";
let counter = 0;
beforeEach(() => jar.clear());
afterEach(stopActing);

async function customer(role: "CUSTOMER" | "ADMIN" = "CUSTOMER") {
  const email = `owner-${Date.now()}-${++counter}@example.com`;
  const user = await database.db.user.create({ data: { email, name: "Kim", role, passwordHash: await hashPassword(PASSWORD) } });
  actAs(user.id);
  return user;
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe("the account page's actions", () => {
  it("are all for signed-in users, and refuse a signed-out visitor", async () => {
    actAs(null);
    for (const [name, action] of Object.entries(actions)) {
      expect(action.access, name).toEqual({ kind: "user" });
      expect(await action(undefined, form({})), name).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    }
  });

  it("change the name", async () => {
    const user = await customer();
    expect(await actions.changeNameAction(undefined, form({ name: "  Kim Lee " }))).toMatchObject({ ok: true });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("Kim Lee");
  });

  it("change the password only with the current one; other sessions end, this one is re-issued", async () => {
    const user = await customer();
    jar.set("next-auth.session-token", await encode({ token: { uid: user.id, sv: 0 }, secret: authSecret() }));

    const wrong = await actions.changePasswordAction(undefined, form({ currentPassword: "not-mine-123", newPassword: "new-pass-word-9" }));
    expect(wrong).toMatchObject({ ok: false, code: "WRONG_PASSWORD", fieldErrors: { currentPassword: ["That is not your current password."] } });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, { ip })).toMatchObject({ ok: true });

    expect(await actions.changePasswordAction(undefined, form({ currentPassword: PASSWORD, newPassword: "new-pass-word-9" }))).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email: user.email, password: PASSWORD }, { ip })).toEqual({ ok: false, code: "INVALID" });
    expect(await verifyCredentials({ email: user.email, password: "new-pass-word-9" }, { ip })).toMatchObject({ ok: true });

    actAs(user.id, { sessionVersion: 0 }); // another browser's older token
    expect(await authorize()).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    const reissued = await decode({ token: jar.get("next-auth.session-token")!, secret: authSecret() });
    expect(reissued).toMatchObject({ uid: user.id, sv: 1 });
    actAs(user.id, { sessionVersion: reissued!.sv as number });
    expect(await authorize()).toMatchObject({ ok: true });
  });

  it("change the e-mail: the old address is told, the new one becomes the account's once confirmed", async () => {
    const user = await customer();
    const newEmail = `moved-${Date.now()}@example.com`;
    expect(await actions.changeEmailAction(undefined, form({ newEmail: newEmail.toUpperCase(), currentPassword: PASSWORD }))).toMatchObject({ ok: true });
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
    expect((await mailsTo(dataPath("mail"), user.email)).at(-1)).toContain(`change its e-mail address to ${newEmail}`);

    const link = await latestLink(dataPath("mail"), newEmail, "/verify-email");
    expect(await confirmEmail(new URL(link!).searchParams.get("token")!)).toEqual({ ok: true, email: newEmail });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.email).toBe(newEmail);
    expect(after.emailVerified).not.toBeNull();
  });

  it("change the e-mail to a taken one: the same answer, no link, the other owner is told", async () => {
    const other = await customer();
    const user = await customer();
    expect(await actions.changeEmailAction(undefined, form({ newEmail: other.email, currentPassword: PASSWORD }))).toMatchObject({ ok: true });
    const mails = await mailsTo(dataPath("mail"), other.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain("Someone tried to change the e-mail");
    expect(await latestLink(dataPath("mail"), other.email, "/verify-email")).toBeNull();
    expect((await database.db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });

  it("sign out everywhere ends every session, this one too", async () => {
    const user = await customer();
    expect(await actions.signOutEverywhereAction(undefined, form({}))).toMatchObject({ ok: true });
    actAs(user.id, { sessionVersion: 0 });
    expect(await authorize()).toEqual({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("delete the account: orders kept without personal data, cart and user gone", async () => {
    const user = await customer();
    const order = await database.db.order.create({
      data: {
        number: `UC-DEL${counter}`,
        userId: user.id,
        email: user.email,
        subtotalCents: 1000,
        totalCents: 1000,
        provider: "TEST",
        holdExpiresAt: new Date(),
        shippingName: "Kim Lee",
        shippingAddress: { line1: "1 Calf Street", city: "Springfield" },
      },
    });
    await database.db.cart.create({ data: { userId: user.id } });

    expect(await actions.deleteAccountAction(undefined, form({ currentPassword: PASSWORD, confirm: "delete" }))).toMatchObject({
      ok: false,
      fieldErrors: { confirm: ["Type DELETE to confirm."] },
    });
    expect(await actions.deleteAccountAction(undefined, form({ currentPassword: "wrong-pass-1", confirm: "DELETE" }))).toMatchObject({ ok: false, code: "WRONG_PASSWORD" });
    expect(await database.db.user.count({ where: { id: user.id } })).toBe(1);

    expect(await actions.deleteAccountAction(undefined, form({ currentPassword: PASSWORD, confirm: "DELETE" }))).toMatchObject({ ok: true });
    expect(await database.db.user.count({ where: { id: user.id } })).toBe(0);
    expect(await database.db.cart.count({ where: { userId: user.id } })).toBe(0);
    const kept = await database.db.order.findUniqueOrThrow({ where: { id: order.id } });
    expect(kept).toMatchObject({ userId: null, email: ERASED.email, shippingName: ERASED.name, shippingAddress: null, totalCents: 1000 });
    expect(JSON.stringify(kept)).not.toContain(user.email);
  });

  it("delete refuses a staff account", async () => {
    const admin = await customer("ADMIN");
    expect(await actions.deleteAccountAction(undefined, form({ currentPassword: PASSWORD, confirm: "DELETE" }))).toMatchObject({ ok: false, code: "STAFF_ACCOUNT" });
    expect(await database.db.user.count({ where: { id: admin.id } })).toBe(1);
  });
});
