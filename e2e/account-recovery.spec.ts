// Getting back into an account: forgot password -> link from the outbox -> new password; a sign-up that
// does not tell whether an address is taken; and strangers' guesses that pause an account but never keep
// its owner out.
import { expect, test, type Page } from "@playwright/test";
import { mailsTo } from "../testing/outbox";
import { CHECK_INBOX, linkFromOutbox, OUTBOX, signIn, signUp } from "./accounts-flow";
import { signInFrom } from "./http-client";

const NO_MATCH = "do not match an account";

async function resetThroughOutbox(page: Page, email: string, newPassword: string) {
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send me a reset link" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "If an account uses that address" })).toBeVisible();
  const link = await linkFromOutbox(email, "/reset-password");
  await page.goto(link);
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set my new password" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your password is changed" })).toBeVisible();
  return link;
}

async function trySignIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("forgot password: the link from the outbox sets a new one, works once; the old password is refused, the new one signs in", async ({ page }) => {
  const email = `forgetful-${Date.now()}@example.com`;
  await signUp(page, email, "first-pass-123");

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  const link = await resetThroughOutbox(page, email, "second-pass-456");

  // Opened again, the link says at once that it is used, and offers a new one.
  await page.goto(link);
  await expect(page.getByRole("alert").filter({ hasText: "This link has already been used" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toBeVisible();

  await trySignIn(page, email, "first-pass-123");
  await expect(page.getByRole("alert").filter({ hasText: NO_MATCH })).toBeVisible();
  await signIn(page, email, "second-pass-456");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("sign-up with a taken e-mail looks exactly like sign-up with a new one", async ({ page }) => {
  const taken = `taken-${Date.now()}@example.com`;
  await signUp(page, taken, "owner-pass-123");

  const seen = async (email: string) => {
    await signUp(page, email, "someone-else-456");
    return {
      url: new URL(page.url()).pathname,
      heading: await page.getByRole("heading", { level: 1 }).innerText(),
      card: await page.getByRole("main").innerText(),
    };
  };
  const fresh = await seen(`fresh-${Date.now()}@example.com`);
  const again = await seen(taken);
  expect(again).toEqual(fresh);
  expect(fresh.card).toContain(CHECK_INBOX);

  // The owner hears of it by e-mail, with the way back in; the password is unchanged.
  const toOwner = (await mailsTo(OUTBOX, taken)).at(-1);
  expect(toOwner).toContain("Someone tried to create an UltraCare Pro account");
  expect(toOwner).toContain("/forgot-password");
  await signIn(page, taken, "owner-pass-123");
});

test("after 8 wrong passwords from other addresses the account is paused, and the owner gets in through the reset link at once", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `guarded-${Date.now()}@example.com`;
  await signUp(page, email, "owner-pass-123");

  // 127.0.1.x: loopback addresses no other spec uses, so their per-address counts start at zero.
  for (let i = 2; i <= 9; i++) {
    expect(await signInFrom(`127.0.1.${i}`, email, `stranger-guess-${i}`), `guess from 127.0.1.${i}`).toBe("INVALID");
  }

  await trySignIn(page, email, "owner-pass-123");
  await expect(page.getByRole("alert").filter({ hasText: "This account is paused after too many failed sign-ins" })).toBeVisible();
  await page.getByRole("link", { name: "Reset your password" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await resetThroughOutbox(page, email, "owner-new-pass-456");

  await signIn(page, email, "owner-new-pass-456");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
});

test("changing the password keeps this browser signed in and ends the other sessions; sign out everywhere ends all", async ({ page, browser }) => {
  const email = `two-devices-${Date.now()}@example.com`;
  await signUp(page, email, "device-pass-123");
  await signIn(page, email, "device-pass-123");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, email, "device-pass-123");

  const section = page.getByRole("region", { name: "Change your password" });
  await section.getByLabel("Current password").fill("device-pass-123");
  await section.getByLabel("New password").fill("device-pass-456");
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(section.getByRole("alert").filter({ hasText: "Your password is changed" })).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/account$/);
  await other.goto("/account");
  await expect(other).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);

  await signIn(other, email, "device-pass-456");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await other.goto("/account");
  await expect(other).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await other.context().close();
});
