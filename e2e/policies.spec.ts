// The policy pages a stranger reads before trusting the store: reached from the footer, the buy box and
// checkout, the contact form that mails support, and a staff edit that shows at once and is audited.
import { readdirSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { E2E_ADMIN } from "../playwright.config";
import { signInAsAdmin } from "./accounts-flow";

const POLICIES = [
  { link: "Shipping", slug: "shipping", heading: "Shipping", says: "Delivery is priced by where the parcel goes" },
  { link: "Returns", slug: "returns", heading: "Returns", says: "within 30 days of delivery" },
  { link: "Warranty", slug: "warranty", heading: "Warranty", says: "US111 Ultrasound Therapy" },
  { link: "Privacy", slug: "privacy", heading: "Privacy", says: "once nobody has changed it for 60 days" },
  { link: "Terms", slug: "terms", heading: "Terms of sale", says: "By paying for an order you accept them" },
  { link: "Contact", slug: "contact", heading: "Contact us", says: "within one business day" },
];

/** The e2e server's outbox: without SMTP_URL every mail is an .eml file under DATA_DIR/mail. */
async function outboxWith(marker: string): Promise<string[]> {
  const dir = resolve(process.env.E2E_DATA_DIR ?? ".data/e2e", "mail");
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(".eml"));
  const texts = await Promise.all(names.map((name) => readFile(resolve(dir, name), "utf8")));
  return texts.filter((text) => text.includes(marker));
}

test("each footer link opens its policy page, with its heading and its own words", async ({ page }) => {
  for (const policy of POLICIES) {
    await page.goto("/");
    await page.getByRole("contentinfo").getByRole("link", { name: policy.link, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/policies/${policy.slug}$`));
    await expect(page.getByRole("heading", { level: 1, name: policy.heading })).toBeVisible();
    await expect(page.getByRole("article")).toContainText(policy.says);
    await expect(page.getByRole("navigation", { name: "Help and policies" }).getByRole("link", { name: policy.link, exact: true })).toHaveAttribute("aria-current", "page");
  }
  // Privacy says who processes what.
  await page.goto("/policies/privacy");
  for (const processor of ["Stripe", "Our e-mail provider"]) {
    await expect(page.getByRole("article").getByText(processor, { exact: true }).first()).toBeVisible();
  }
});

test("a policy page is cached whole; a made-up one is a 404 that is never stored", async ({ request }) => {
  await request.get("/policies/returns");
  expect((await request.get("/policies/returns")).headers()["x-nextjs-cache"]).toBe("HIT");
  const slug = `refund-policy-${Date.now()}`;
  for (let visit = 1; visit <= 2; visit++) {
    const response = await request.get(`/policies/${slug}`);
    expect(response.status(), `visit ${visit}`).toBe(404);
    expect(response.headers()["x-nextjs-cache"], `visit ${visit}`).not.toBe("HIT");
  }
  const distDir = resolve(process.env.NEXT_DIST_DIR ?? ".next");
  expect((readdirSync(distDir, { recursive: true }) as string[]).filter((file) => file.includes(slug))).toEqual([]);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const { slug } of POLICIES) expect(sitemap).toContain(`/policies/${slug}</loc>`);
});

test("the product page links returns and warranty next to the buy button", async ({ page }) => {
  await page.goto("/products/ultragun-pro");
  const purchase = page.getByTestId("product-purchase");
  await expect(purchase.getByRole("link", { name: "Warranty", exact: true })).toHaveAttribute("href", "/policies/warranty");
  await purchase.getByRole("link", { name: "Returns", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Returns" })).toBeVisible();
});

test("checkout says that paying accepts the terms, with links to them", async ({ page }) => {
  await page.goto("/products/ultragun");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
  await page.goto("/cart");
  const sentence = page.getByText("By paying for your order you accept our");
  await expect(sentence).toBeVisible();
  await expect(sentence.getByRole("link", { name: "privacy policy" })).toHaveAttribute("href", "/policies/privacy");
  await expect(sentence.getByRole("link", { name: "returns policy" })).toHaveAttribute("href", "/policies/returns");
  await sentence.getByRole("link", { name: "terms of sale" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Terms of sale" })).toBeVisible();
});

test("the contact form checks each field, mails support, confirms, and leaves a copy in the outbox", async ({ page }) => {
  const marker = `contact-${Date.now()}`;
  await page.goto("/policies/contact");
  await page.getByRole("button", { name: "Send message" }).click();
  await expect(page.getByText("Tell us your name.")).toBeVisible();
  await expect(page.getByText("Enter the e-mail address we should answer.")).toBeVisible();
  await expect(page.getByLabel("Your name")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Your name").fill("Robin Vale");
  await page.getByLabel("E-mail").fill("robin@example.com");
  await page.getByLabel("Order number (optional)").fill("uc-7k3m9qx2");
  await page.getByLabel("Message", { exact: true }).fill(`The UltraGun PRO stops after a minute on speed 6. ${marker}`);
  await page.getByRole("button", { name: "Send message" }).click();

  await expect(page.getByRole("heading", { name: "Message sent" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Message sent" }).getByRole("status")).toHaveText(
    "Thank you, your message is with our support team. We answer within one business day, by e-mail to robin@example.com.",
  );
  await expect.poll(() => outboxWith(marker).then((mails) => mails.length)).toBe(1);
  const [mail] = await outboxWith(marker);
  expect(mail).toMatch(/^Subject: Contact form: Robin Vale about order UC-7K3M9QX2$/m);
  expect(mail).toMatch(/^Reply-To: robin@example\.com$/m);

  await page.getByRole("button", { name: "Write another message" }).click();
  await expect(page.getByLabel("Message", { exact: true })).toHaveValue("");
});

test("staff edit a policy page: the storefront shows the new words at once and the audit log records the change", async ({ page }) => {
  const sentence = `Claims made before ${Date.now()} are handled within five business days.`;
  await page.goto("/policies/warranty"); // cached before the edit
  await expect(page.getByRole("heading", { level: 1, name: "Warranty" })).toBeVisible();

  await signInAsAdmin(page, "/admin/policies");
  await page.getByRole("link", { name: "Edit Warranty" }).click();
  await expect(page.getByRole("heading", { name: "Edit “Warranty”" })).toBeVisible();
  const body = page.getByLabel("Page text (Markdown)");
  await body.fill(`${await body.inputValue()}\n\n## Claim times\n\n${sentence}\n\n<script>alert(1)</script>`);
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByRole("region", { name: "Preview" }).getByRole("heading", { name: "Claim times" })).toBeVisible();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Saved. Shoppers see the new wording now." })).toBeVisible();

  await page.goto("/policies/warranty");
  await expect(page.getByRole("heading", { name: "Claim times" })).toBeVisible();
  await expect(page.getByText(sentence)).toBeVisible();
  await expect(page.getByRole("article")).not.toContainText("alert(1)");

  await page.goto("/admin/audit");
  const entry = page.getByRole("listitem").filter({ hasText: "policy.update" }).first();
  await expect(entry).toContainText("warranty");
  await expect(entry).toContainText(E2E_ADMIN.email);
  await entry.getByText("1 field changed").click();
  await expect(entry.getByRole("row", { name: /body/ })).toBeVisible();
});

for (const path of ["/policies/privacy", "/policies/contact"]) {
  test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("policy pages fit a 390 px wide phone screen, tables included", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  for (const { slug } of POLICIES) {
    await page.goto(`/policies/${slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth, `/policies/${slug} is ${scrollWidth} px wide`).toBeLessThanOrEqual(390);
  }
});
