// Throttling that bounds guessing without locking anyone out: wrong passwords are counted per e-mail and
// address, per address, and per e-mail across all addresses; an account paused by strangers' guesses
// is reopened at once by a password reset.
import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { latestLink } from "@/testing/outbox";
import { requestPasswordReset } from "../account/request-password-reset";
import { resetPassword } from "../account/reset-password";
import { dataPath } from "../env";
import { hashPassword } from "./password";
import { SIGN_IN_LIMITS, verifyCredentials } from "./verify-credentials";

const database = setupTestDatabase();
const owner = "203.0.113.50";
let counter = 0;

async function account(password = "right-pass-123") {
  const email = `throttle-${Date.now()}-${++counter}@example.com`;
  await database.db.user.create({ data: { email, passwordHash: await hashPassword(password), role: "CUSTOMER" } });
  return { email, password };
}

describe("sign-in throttling", () => {
  it("states its numbers: 5 per e-mail and address and 30 per address in 15 minutes, 8 per e-mail an hour", () => {
    expect(SIGN_IN_LIMITS).toEqual({
      perPair: { limit: 5, windowSeconds: 900 },
      perIp: { limit: 30, windowSeconds: 900 },
      perEmail: { limit: 8, windowSeconds: 3600 },
    });
  });

  it("after 8 wrong passwords from 8 addresses the account is paused, saying so; a reset lets the owner in at once", async () => {
    const { email, password } = await account();
    for (let i = 1; i <= 8; i++) {
      expect(await verifyCredentials({ email, password: `guess-${i}-abc` }, { ip: `198.51.100.${i}` })).toEqual({ ok: false, code: "INVALID" });
    }
    const paused = await verifyCredentials({ email, password }, { ip: owner });
    expect(paused).toMatchObject({ ok: false, code: "ACCOUNT_THROTTLED" });
    expect((paused as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(55 * 60);

    await requestPasswordReset(email, { ip: owner });
    const link = await latestLink(dataPath("mail"), email, "/reset-password");
    expect(await resetPassword({ token: new URL(link!).searchParams.get("token")!, password: "after-reset-456" })).toMatchObject({ ok: true });
    expect(await verifyCredentials({ email, password: "after-reset-456" }, { ip: owner })).toMatchObject({ ok: true, user: { email } });
  });

  it("a crowd of addresses gets 8 checked guesses an hour: the 9th is not even checked, right or wrong", async () => {
    const { email, password } = await account();
    for (let i = 1; i <= SIGN_IN_LIMITS.perEmail.limit; i++) {
      await verifyCredentials({ email, password: `guess-${i}-xyz` }, { ip: `192.0.2.${i}` });
    }
    for (let i = 20; i < 30; i++) {
      expect(await verifyCredentials({ email, password }, { ip: `192.0.2.${i}` })).toMatchObject({ ok: false, code: "ACCOUNT_THROTTLED" });
    }
  });

  it("one address failing 5 times pauses only that pair: the owner elsewhere signs in, and that clears the count", async () => {
    const { email, password } = await account();
    const mistyper = "198.51.100.77";
    for (let i = 1; i <= SIGN_IN_LIMITS.perPair.limit; i++) {
      expect(await verifyCredentials({ email, password: `typo-${i}-abc` }, { ip: mistyper })).toEqual({ ok: false, code: "INVALID" });
    }
    expect(await verifyCredentials({ email, password }, { ip: mistyper })).toMatchObject({ ok: false, code: "ACCOUNT_THROTTLED" });
    expect(await verifyCredentials({ email, password }, { ip: owner })).toMatchObject({ ok: true });
    expect(await database.db.rateLimit.count({ where: { key: { contains: email } } })).toBe(0);
    expect(await verifyCredentials({ email, password }, { ip: mistyper })).toMatchObject({ ok: true });
  });
});
