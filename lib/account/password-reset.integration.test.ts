// Forgot password -> link in the outbox -> new password. The link works once, for one hour; only its hash is
// stored; the answer is the same for any address; a reset ends every session and clears failed sign-ins.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { latestLink, mailsTo } from "@/testing/outbox";
import { dataPath } from "../env";
import { hashPassword } from "../auth/password";
import { verifyCredentials } from "../auth/verify-credentials";
import { accountLinkStatus, hashAccountToken } from "./account-tokens";
import { PASSWORD_RESET_LIMITS, RESET_ANSWER_FLOOR_MS, requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

const database = setupTestDatabase();
const ip = "203.0.113.20";
let counter = 0;

async function account(password = "old-secret-11") {
  const email = `reset-${Date.now()}-${++counter}@example.com`;
  const user = await database.db.user.create({ data: { email, passwordHash: await hashPassword(password), role: "CUSTOMER" } });
  return { user, email, password };
}

async function tokenFromOutbox(email: string): Promise<string> {
  const link = await latestLink(dataPath("mail"), email, "/reset-password");
  expect(link, `a reset link was mailed to ${email}`).not.toBeNull();
  return new URL(link!).searchParams.get("token")!;
}

describe("asking for a reset link", () => {
  it("answers the same for an unknown address, after the same minimum time, and mails only the real account", async () => {
    const { email } = await account();
    const started = Date.now();
    expect(await requestPasswordReset(email, { ip })).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
    const unknown = `nobody-${Date.now()}@example.com`;
    const startedUnknown = Date.now();
    expect(await requestPasswordReset(unknown, { ip })).toEqual({ ok: true });
    expect(Date.now() - startedUnknown).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
    expect(await mailsTo(dataPath("mail"), email)).toHaveLength(1);
    expect(await mailsTo(dataPath("mail"), unknown)).toHaveLength(0);
  });

  it("stores only the sha256 of the link's token", async () => {
    const { user, email } = await account();
    await requestPasswordReset(email, { ip });
    const token = await tokenFromOutbox(email);
    const rows = await database.db.accountToken.findMany({ where: { userId: user.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0].tokenHash).toBe(hashAccountToken(token));
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("past the per-e-mail limit sends nothing more, answers the same, and the links already sent still work", async () => {
    const { email } = await account();
    for (let i = 0; i < PASSWORD_RESET_LIMITS.perEmail.limit + 2; i++) {
      expect(await requestPasswordReset(email, { ip: `198.51.100.${i + 1}` })).toEqual({ ok: true });
    }
    expect(await mailsTo(dataPath("mail"), email)).toHaveLength(PASSWORD_RESET_LIMITS.perEmail.limit);
    expect(await resetPassword({ token: await tokenFromOutbox(email), password: "fresh-start-22" })).toMatchObject({ ok: true });
  });

  it("refuses an address that asks too often, whatever e-mails it names", async () => {
    const from = "198.51.100.250";
    for (let i = 0; i < PASSWORD_RESET_LIMITS.perAddress.limit; i++) {
      expect((await requestPasswordReset(`someone-${i}@example.com`, { ip: from })).ok).toBe(true);
    }
    expect(await requestPasswordReset("one-more@example.com", { ip: from })).toMatchObject({ ok: false, code: "RATE_LIMITED" });
  });
});

describe("following the link", () => {
  it("sets the new password, ends every session, and works only once", async () => {
    const { user, email, password } = await account();
    await requestPasswordReset(email, { ip });
    const token = await tokenFromOutbox(email);
    expect(await accountLinkStatus(token, "PASSWORD_RESET")).toEqual({ ok: true });
    expect(await accountLinkStatus(token, "VERIFY_EMAIL")).toEqual({ ok: false, code: "TOKEN_UNKNOWN" });

    expect(await resetPassword({ token, password: "brand-new-pass-7" })).toEqual({ ok: true, email });
    expect(await verifyCredentials({ email, password }, { ip })).toEqual({ ok: false, code: "INVALID" });
    expect(await verifyCredentials({ email, password: "brand-new-pass-7" }, { ip })).toMatchObject({ ok: true });
    const after = await database.db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);

    expect(await resetPassword({ token, password: "another-pass-8" })).toEqual({ ok: false, code: "TOKEN_USED" });
    expect(await accountLinkStatus(token, "PASSWORD_RESET")).toEqual({ ok: false, code: "TOKEN_USED" });
    expect(await verifyCredentials({ email, password: "brand-new-pass-7" }, { ip })).toMatchObject({ ok: true });
  });

  it("followed twice at the same moment, the link works once", async () => {
    const { email } = await account();
    await requestPasswordReset(email, { ip });
    const token = await tokenFromOutbox(email);
    const results = await Promise.all([
      resetPassword({ token, password: "racer-one-pass-1" }),
      resetPassword({ token, password: "racer-two-pass-2" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([{ ok: false, code: "TOKEN_USED" }]);
  });

  it("refuses a link after its hour, and an unknown one", async () => {
    const { email } = await account();
    await requestPasswordReset(email, { ip });
    const token = await tokenFromOutbox(email);
    const later = new Date(Date.now() + 61 * 60 * 1000);
    expect(await resetPassword({ token, password: "too-late-pass-9" }, later)).toEqual({ ok: false, code: "TOKEN_EXPIRED" });
    expect(await resetPassword({ token: "not-a-token", password: "too-late-pass-9" })).toEqual({ ok: false, code: "TOKEN_UNKNOWN" });
    const inTime = new Date(Date.now() + 59 * 60 * 1000);
    expect(await resetPassword({ token, password: "just-in-time-9" }, inTime)).toMatchObject({ ok: true });
  });

  it("a used link retires the account's other reset links", async () => {
    const { email } = await account();
    await requestPasswordReset(email, { ip });
    const first = await tokenFromOutbox(email);
    await new Promise((resolve) => setTimeout(resolve, 5)); // a later file name for the second mail
    await requestPasswordReset(email, { ip });
    const second = await tokenFromOutbox(email);
    expect(second).not.toBe(first);
    expect(await resetPassword({ token: second, password: "second-link-10" })).toMatchObject({ ok: true });
    expect(await resetPassword({ token: first, password: "first-link-10" })).toEqual({ ok: false, code: "TOKEN_USED" });
  });

  it("applies the sign-up policy's e-mail rule and leaves the link usable", async () => {
    const { email } = await account();
    await requestPasswordReset(email, { ip });
    const token = await tokenFromOutbox(email);
    const local = email.split("@")[0];
    expect(await resetPassword({ token, password: `${local}9` })).toEqual({ ok: false, code: "PASSWORD_CONTAINS_EMAIL" });
    expect(await resetPassword({ token, password: "a-good-one-12" })).toMatchObject({ ok: true });
  });
});
