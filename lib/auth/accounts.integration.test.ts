import { readdir } from "node:fs/promises";
import { afterEach, describe, expect, it } from "vitest";
import { dataPath } from "../env";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { actAs, stopActing } from "@/testing/act-as";
import { mailsTo } from "@/testing/outbox";
import { authOptions } from "./auth-options";
import { authorize, getCurrentUser } from "./current-user";
import { hitRateLimit } from "./rate-limit";
import { signUpSchema } from "./schemas";
import { signUp } from "./sign-up";
import { SIGN_IN_LIMITS, verifyCredentials } from "./verify-credentials";

const database = setupTestDatabase();
const ip = "203.0.113.7";
afterEach(stopActing);

const newAccount = (email: string) => signUpSchema.parse({ email, password: "calm-legs-2026", name: "Sam" });

describe("sign-up", () => {
  it("creates a customer whose password is stored hashed, and the e-mail lower-cased", async () => {
    expect(await signUp(newAccount("Sam@Example.COM"), { ip })).toEqual({ ok: true });
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "sam@example.com" } });
    expect(user.role).toBe("CUSTOMER");
    expect(user.passwordHash).not.toContain("calm-legs-2026");
    expect(await verifyCredentials({ email: "SAM@example.com", password: "calm-legs-2026" }, { ip })).toMatchObject({
      ok: true,
      user: { email: "sam@example.com", role: "CUSTOMER" },
    });
  });

  it("answers a taken e-mail exactly like a new one, keeps the old password, and tells the owner", async () => {
    const email = `taken-${Date.now()}@example.com`;
    await signUp(newAccount(email), { ip });
    const again = signUpSchema.parse({ email, password: "other-pass-99" });
    expect(await signUp(again, { ip: "203.0.113.8" })).toEqual({ ok: true });
    expect(await database.db.user.count({ where: { email } })).toBe(1);
    expect((await verifyCredentials({ email, password: "other-pass-99" }, { ip })).ok).toBe(false);
    const outbox = await readdir(dataPath("mail"));
    // the first sign-up's confirmation, then the note to the owner
    expect(outbox.filter((name) => name.endsWith(`-${email}.eml`))).toHaveLength(2);
    const mails = await mailsTo(dataPath("mail"), email);
    expect(mails.at(-1)).toContain("Someone tried to create an UltraCare Pro account");
    expect(mails.at(-1)).toContain("/forgot-password");
    expect(mails.at(-1)).not.toContain("/verify-email");
  });

  it.each([
    [{ email: "nope", password: "calm-legs-2026" }, "email", "valid e-mail"],
    [{ email: "a@b.co", password: "short1" }, "password", "at least 10 characters"],
    [{ email: "a@b.co", password: "onlyletterslong" }, "password", "one letter and one number"],
    [{ email: "jordan@b.co", password: "jordan12345x" }, "password", "must not contain your e-mail"],
  ])("refuses weak or malformed input with a message on the field: %j", (input, field, message) => {
    const result = signUpSchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path[0] === field);
    expect(issue?.message).toContain(message);
  });
});

describe("sign-in", () => {
  it("gives the same answer for a wrong password and an unknown e-mail", async () => {
    const wrong = await verifyCredentials({ email: "sam@example.com", password: "not-it-123" }, { ip: "198.51.100.1" });
    const unknown = await verifyCredentials({ email: "nobody@example.com", password: "not-it-123" }, { ip: "198.51.100.1" });
    expect(wrong).toEqual({ ok: false, code: "INVALID" });
    expect(unknown).toEqual(wrong);
  });

  it("stops guessing after the per-e-mail limit, says when to retry, and the window reset lets the owner in", async () => {
    const email = "guarded@example.com";
    await signUp(newAccount(email), { ip });
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.limit; i++) {
      expect(await verifyCredentials({ email, password: `guess-${i}-x1` }, { ip: `192.0.2.${i}` })).toEqual({ ok: false, code: "INVALID" });
    }
    // Even the right password is refused while the limit holds, from any address.
    const blocked = await verifyCredentials({ email, password: "calm-legs-2026" }, { ip: "192.0.2.99" });
    expect(blocked).toMatchObject({ ok: false, code: "ACCOUNT_THROTTLED" });
    expect((blocked as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(14 * 60);

    // When the window has passed (moved back in the database, as time would), the owner gets in.
    await database.db.rateLimit.update({ where: { key: `signin:email:${email}` }, data: { resetAt: new Date(Date.now() - 1000) } });
    expect(await verifyCredentials({ email, password: "calm-legs-2026" }, { ip: "192.0.2.99" })).toMatchObject({ ok: true });
  });

  it("a successful sign-in clears the e-mail's failed attempts", async () => {
    const email = "forgetful@example.com";
    await signUp(newAccount(email), { ip });
    await verifyCredentials({ email, password: "wrong-one-1" }, { ip });
    await verifyCredentials({ email, password: "calm-legs-2026" }, { ip });
    expect(await database.db.rateLimit.findUnique({ where: { key: `signin:email:${email}` } })).toBeNull();
  });

  it("limits attempts per IP across e-mails", async () => {
    const attacker = "198.51.100.200";
    let last;
    for (let i = 0; i <= SIGN_IN_LIMITS.perIp.limit; i++) {
      last = await verifyCredentials({ email: `victim${i}@example.com`, password: "x-guess-123" }, { ip: attacker });
    }
    expect(last).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });

  it("counts concurrent hits exactly (one statement, no lost updates)", async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => hitRateLimit("burst", { limit: 5, windowSeconds: 60 })));
    expect(results.filter((r) => r.allowed)).toHaveLength(5);
  });
});

describe("the session", () => {
  it("carries the user id, and the role is read fresh from the database", async () => {
    const user = await database.db.user.findUniqueOrThrow({ where: { email: "sam@example.com" } });
    const callbacks = authOptions().callbacks!;
    const token = await callbacks.jwt!({ token: {}, user: { id: user.id, email: user.email } } as never);
    expect(token.uid).toBe(user.id);
    const session = await callbacks.session!({ session: { user: { email: user.email }, expires: "" }, token } as never);
    expect((session.user as { id: string }).id).toBe(user.id);

    actAs(user.id);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, role: "CUSTOMER" });
    expect(await authorize("admin.access")).toEqual({ ok: false, code: "FORBIDDEN" });

    await database.db.user.update({ where: { id: user.id }, data: { role: "SUPPORT" } });
    expect(await authorize("orders.refund")).toMatchObject({ ok: true, user: { role: "SUPPORT" } });
    expect(await authorize("stock.adjust")).toEqual({ ok: false, code: "FORBIDDEN" });
  });

  it("treats a session whose user was deleted as signed out", async () => {
    actAs("no-such-user");
    expect(await authorize()).toEqual({ ok: false, code: "UNAUTHENTICATED" });
  });
});
