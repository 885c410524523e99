// A new account is confirmed by its link; until then it can sign in and shop but its e-mail is not verified.
import { afterEach, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { latestLink, mailsTo } from "@/testing/outbox";
import { actAs, stopActing } from "@/testing/act-as";
import { resendConfirmationAction } from "@/app/account/actions";
import { dataPath } from "../env";
import { signUpSchema } from "../auth/schemas";
import { signUp } from "../auth/sign-up";
import { verifyCredentials } from "../auth/verify-credentials";
import { confirmEmail } from "./confirm-email";
import { getAccountProfile } from "./get-account-profile";
import { RESEND_CONFIRMATION_LIMIT } from "./resend-email-confirmation";

const database = setupTestDatabase();
afterEach(stopActing);
let counter = 0;
const ip = "203.0.113.70";

async function newAccount() {
  const email = `confirm-${Date.now()}-${++counter}@example.com`;
  expect(await signUp(signUpSchema.parse({ email, password: "steady-calf-31" }), { ip })).toEqual({ ok: true });
  const user = await database.db.user.findUniqueOrThrow({ where: { email } });
  return { email, user };
}

const tokenOf = async (email: string) => new URL((await latestLink(dataPath("mail"), email, "/verify-email"))!).searchParams.get("token")!;

describe("confirming a new account's e-mail", () => {
  it("an unconfirmed account signs in, is not verified, and the link verifies it once", async () => {
    const { email, user } = await newAccount();
    expect(user.emailVerified).toBeNull();
    expect(await verifyCredentials({ email, password: "steady-calf-31" }, { ip })).toMatchObject({ ok: true });
    expect(await getAccountProfile(user.id)).toMatchObject({ email, emailVerified: false });

    const token = await tokenOf(email);
    expect(await confirmEmail(token)).toEqual({ ok: true, email });
    expect(await getAccountProfile(user.id)).toMatchObject({ email, emailVerified: true });
    expect(await confirmEmail(token)).toEqual({ ok: false, code: "TOKEN_USED" });
  });

  it("the link lasts 24 hours", async () => {
    const { email } = await newAccount();
    const token = await tokenOf(email);
    expect(await confirmEmail(token, new Date(Date.now() + 25 * 3600 * 1000))).toEqual({ ok: false, code: "TOKEN_EXPIRED" });
    expect(await confirmEmail(token, new Date(Date.now() + 23 * 3600 * 1000))).toMatchObject({ ok: true });
  });

  it("the account page can send the link again, a few times an hour, and not once confirmed", async () => {
    const { email, user } = await newAccount();
    actAs(user.id);
    for (let i = 0; i < RESEND_CONFIRMATION_LIMIT.limit; i++) {
      expect(await resendConfirmationAction(undefined, new FormData())).toMatchObject({ ok: true, message: expect.stringContaining("Check your inbox") });
    }
    expect(await resendConfirmationAction(undefined, new FormData())).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(await mailsTo(dataPath("mail"), email)).toHaveLength(1 + RESEND_CONFIRMATION_LIMIT.limit);

    await confirmEmail(await tokenOf(email));
    expect(await resendConfirmationAction(undefined, new FormData())).toMatchObject({ ok: false, code: "ALREADY_CONFIRMED" });
    actAs(null);
    expect(await resendConfirmationAction(undefined, new FormData())).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });
});
