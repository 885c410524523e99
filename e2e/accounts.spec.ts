import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { CHECK_INBOX, linkFromOutbox, signIn } from "./accounts-flow";

const header = (page: import("@playwright/test").Page) => page.getByRole("banner");

test("a shopper signs up, signs out and signs in again; the back office refuses them", async ({ page }) => {
  const email = `shopper-${Date.now()}@example.com`;
  const password = "night-calves-42";

  await page.goto("/signup");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter a valid e-mail address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();

  await page.getByLabel("Name (optional)").fill("Robin");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  // Sign-up never signs in: it says "check your inbox", the same for a taken address.
  await expect(page.getByRole("alert").filter({ hasText: CHECK_INBOX })).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();

  // Signed in before confirming, the account works but asks for the confirmation.
  await signIn(page, email, password);
  await expect(page.getByRole("heading", { name: "Confirm your e-mail" })).toBeVisible();
  await page.goto(await linkFromOutbox(email, "/verify-email"));
  await page.getByRole("button", { name: "Confirm my e-mail" }).click();
  await expect(page.getByText("your e-mail address is confirmed")).toBeVisible();

  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Confirm your e-mail" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expect(page.getByText("Customer")).toBeVisible();
  await expect(header(page).getByRole("link", { name: `Account (${email})` })).toBeVisible();

  await page.goto("/admin");
  await expect(page).toHaveURL(/\/no-access$/);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(header(page).getByRole("link", { name: "Sign in" })).toBeVisible();

  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("wrong-password-1");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByText(email)).toBeVisible();
  await expect(header(page).getByRole("link", { name: `Account (${email})` })).toBeVisible();
});

test("a signed-out visitor who opens /admin is sent to sign in; the seeded admin reaches the back office", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin/);
  await page.getByLabel("E-mail").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Dashboard" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Back office" });
  for (const section of ["Products", "Inventory", "Orders", "Coupons", "Articles", "Staff", "Audit log"]) {
    await expect(nav.getByRole("link", { name: section })).toBeVisible();
  }
  await expect(header(page).getByRole("link", { name: "Admin", exact: true })).toBeVisible();
});
