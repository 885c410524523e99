// Journeys the specs share: sign up (which only says "check your inbox"), confirm from the outbox, sign in,
// the seeded admin's sign-in, a guest's test-provider purchase and the admin shipping it. The e2e server writes mail as .eml files under its DATA_DIR (no SMTP_URL).
import path from "node:path";
import { expect, type Page } from "@playwright/test";
import { E2E_ADMIN, E2E_DATA_DIR } from "../playwright.config";
import { latestLink, mailsTo } from "../testing/outbox";

export const OUTBOX = path.join(E2E_DATA_DIR, "mail");

/** The newest link to this path in the outbox for this address, waiting briefly for the mail to be written. */
export async function linkFromOutbox(email: string, linkPath: string): Promise<string> {
  let link: string | null = null;
  await expect.poll(async () => (link = await latestLink(OUTBOX, email, linkPath)), { timeout: 10_000 }).not.toBeNull();
  const url = new URL(link!);
  return url.pathname + url.search; // relative, so it opens on the server under test
}

/**
 * The "View your order" link of the newest mail to this address whose text names `subject`, made relative.
 * `outbox`: another server's (e2e/stripe-tax.spec.ts runs one with a DATA_DIR of its own).
 */
export async function orderLinkFromOutbox(email: string, subject: string, outbox = OUTBOX): Promise<string> {
  let link: string | undefined;
  await expect
    .poll(async () => {
      const mails = (await mailsTo(outbox, email)).filter((mail) => mail.includes(subject));
      link = mails.at(-1)?.match(/View your order[^\n]*?(https?:\/\/\S+)/)?.[1];
      return link;
    }, { timeout: 10_000 })
    .toBeDefined();
  const url = new URL(link!);
  return url.pathname + url.search;
}

export const CHECK_INBOX = "Check your inbox: we have sent a message to this address.";

export async function signUp(page: Page, email: string, password: string, name?: string) {
  await page.goto("/signup");
  if (name) await page.getByLabel("Name (optional)").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: CHECK_INBOX })).toBeVisible();
}

export async function signIn(page: Page, email: string, password: string, callbackUrl = "/account") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${callbackUrl.replace(/[/?]/g, "\\$&")}$`));
}

/** A new customer account, signed in, on /account. */
export async function signUpAndSignIn(page: Page, email: string, password: string) {
  await signUp(page, email, password);
  await signIn(page, email, password);
}

/** Opens a back-office page signed out, signs in as the seeded admin on the way, and lands on it. */
export async function signInAsAdmin(page: Page, path: string) {
  await page.goto(path);
  await expect(page).toHaveURL(/\/signin\?callbackUrl=/);
  await page.getByLabel("E-mail").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, "\\/")}$`));
}

/** A guest buys one UltraGun with the test provider; returns the order number. */
export async function guestBuys(page: Page, email: string): Promise<string> {
  await page.goto("/products/ultragun");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
  await page.goto("/cart");
  await page.getByLabel("E-mail for your receipt").fill(email);
  await page.getByRole("button", { name: "Check out" }).click();
  await page.getByRole("button", { name: /^Pay .* \(test\)$/ }).click();
  await expect(page.getByTestId("order-status").filter({ visible: true })).toHaveText("Paid");
  return (await page.getByRole("heading", { name: /^Order UC-/ }).filter({ visible: true }).textContent())!.replace("Order ", "").trim();
}

/** Signs in as the seeded admin on this page, finds the order by the buyer's e-mail and marks it shipped with UPS. */
export async function adminShips(page: Page, email: string, number: string) {
  await signInAsAdmin(page, "/admin/orders");
  await page.getByLabel("Order number or e-mail").fill(email);
  await page.getByRole("button", { name: "Show orders" }).click();
  await page.getByRole("link", { name: number }).click();
  const ship = page.getByRole("form", { name: "Mark shipped" });
  await ship.getByLabel("Carrier").fill("UPS");
  await ship.getByLabel("Tracking number").fill("1Z 999 AA1 0123456784");
  await ship.getByRole("button", { name: "Mark shipped" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Marked shipped." })).toBeVisible();
}
