import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const ARTICLE = "Night Leg Cramps and the Charley Horse";

test("home -> learn hub -> article -> a related device's product page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Learn" }).click();
  await expect(page).toHaveURL(/\/learn$/);
  await expect(page.getByRole("heading", { level: 1, name: "Understand your cramps, then ease them" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Hand cramps" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Take the relief guide" })).toHaveAttribute("href", "/guide");

  await page.getByRole("link", { name: ARTICLE }).click();
  await expect(page).toHaveURL(/\/learn\/night-cramps-charley-horse$/);
  await expect(page.getByRole("heading", { level: 1, name: ARTICLE })).toBeVisible();
  await expect(page.getByText(/\d+ min read/).filter({ visible: true }).first()).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Breadcrumb" }).filter({ visible: true })).toContainText("Learn");
  await expect(page.getByRole("complementary", { name: "A note on medical advice" })).toBeVisible();

  const devices = page.getByRole("region", { name: "Devices that may help" });
  await expect(devices).toContainText("$249.00");
  await devices.getByRole("link", { name: "UltraGun PRO" }).click();
  await expect(page).toHaveURL(/\/products\/ultragun-pro$/);
  await expect(page.getByRole("heading", { level: 1, name: "UltraGun PRO" })).toBeVisible();
});

test("an article's table of contents points at its headings, and its metadata describes it", async ({ page }) => {
  await page.goto("/learn/night-cramps-charley-horse");
  const toc = page.getByRole("navigation", { name: "In this guide" });
  const link = toc.getByRole("link", { name: "What to do when a cramp wakes you" });
  const href = await link.getAttribute("href");
  expect(href).toBe("#what-to-do-when-a-cramp-wakes-you");
  await expect(page.locator(href!)).toHaveText("What to do when a cramp wakes you");

  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/learn\/night-cramps-charley-horse$/);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");

  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.flatMap((text) => JSON.parse(text));
  expect(data.find((item) => item["@type"] === "Article")).toMatchObject({ headline: ARTICLE });
  const crumbs = data.find((item) => item["@type"] === "BreadcrumbList");
  expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(["Home", "Learn", ARTICLE]);

  await page.getByRole("region", { name: "Keep reading" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/learn\/[a-z-]+$/);
  await expect(page).not.toHaveURL(/night-cramps-charley-horse/);
});

test("an unknown guide shows a helpful not-found page, answered 404 (also on a repeat visit)", async ({ page }) => {
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto("/learn/no-such-guide");
    expect(response?.status(), `visit ${visit + 1}`).toBe(404);
  }
  expect((await page.request.get("/learn/Not_A_Slug")).status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that guide" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Browse all guides" })).toHaveAttribute("href", "/learn");
});

test("an article's title, description and canonical link are in the <head> of the HTML as served", async ({ request }) => {
  // Crawlers and link previews read <head> only: metadata streamed into <body> is invisible to them.
  for (let visit = 0; visit < 2; visit++) {
    const response = await request.get("/learn/night-cramps-charley-horse");
    expect(response.status()).toBe(200);
    const html = await response.text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain(`<title>${ARTICLE}`);
    expect(head).toMatch(/<meta name="description" content="[^"]{20,}"/);
    expect(head).toMatch(/<link rel="canonical" href="[^"]*\/learn\/night-cramps-charley-horse"/);
  }
});

test("the hub and an article have no accessibility violations", async ({ page }) => {
  for (const path of ["/learn", "/learn/night-cramps-charley-horse"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
