import { readdirSync } from "node:fs";
import { resolve } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// The demo seed: FLASHSALE runs for 14 days from the first start, at these rates.
const DEVICES = [
  { slug: "us111", name: "US111 Ultrasound Therapy", price: "$399.00", sale: "$239.40 with FLASHSALE, save 40%" },
  { slug: "ultragun", name: "UltraGun", price: "$159.00", sale: "$39.75 with FLASHSALE, save 75%" },
  { slug: "ultragun-pro", name: "UltraGun PRO", price: "$249.00", sale: "$99.60 with FLASHSALE, save 60%" },
];
const DAY = 24 * 3600_000;

function devicesOn(page: Page) {
  return page.getByRole("region", { name: "Our devices" }).getByRole("listitem");
}

test("the home page shows the flash sale with a ticking countdown and the three devices at their sale prices", async ({ page }) => {
  await page.goto("/");
  const hero = page.getByTestId("sale-hero");
  await expect(hero).toContainText("Up to 75% off");
  await expect(hero).toContainText("FLASHSALE");

  const timer = hero.getByRole("timer");
  await expect(timer).toHaveAccessibleName(/^Sale ends in 1[34] days and \d+ hours?$/);
  const before = await timer.textContent();
  await expect.poll(() => timer.textContent(), { timeout: 5000 }).not.toBe(before);

  const devices = devicesOn(page);
  await expect(devices).toHaveCount(DEVICES.length);
  for (const device of DEVICES) {
    const card = devices.filter({ has: page.getByRole("heading", { name: device.name, exact: true }) });
    await expect(card).toContainText(device.price);
    await expect(card).toContainText(device.sale);
    await expect(card).toContainText("In stock");
  }

  await expect(page.getByRole("link", { name: /Find the device that fits your cramps/ })).toHaveAttribute("href", "/guide");
  await expect(page.getByRole("link", { name: /Understand leg and hand cramps/ })).toHaveAttribute("href", "/learn");
});

test("when the sale ends, the banner, the hero offer and the sale prices go away without a reload", async ({ page }) => {
  await page.clock.install();
  await page.goto("/");
  const banner = page.getByRole("region", { name: "Flash sale" });
  await expect(banner).toBeVisible();
  await expect(page.getByTestId("sale-hero")).toBeVisible();
  await expect(page.getByTestId("flash-sale-price")).toHaveCount(3);
  await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

  await page.clock.fastForward(15 * DAY);

  await expect(banner).toHaveCount(0);
  await expect(page.getByTestId("sale-hero")).toHaveCount(0);
  await expect(page.getByTestId("flash-sale-price")).toHaveCount(0);
  await expect(devicesOn(page)).toHaveCount(3); // the devices and their list prices stay
  await expect(devicesOn(page).first()).toContainText("$399.00");
  expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
});

test("a product page shows the price, the FLASHSALE price, stock, specs, guides and a buy button", async ({ page }) => {
  await page.goto("/products/ultragun");
  await expect(page.getByRole("heading", { level: 1, name: "UltraGun" })).toBeVisible();
  const purchase = page.getByTestId("product-purchase");
  await expect(purchase).toContainText("$159.00");
  await expect(purchase).toContainText("$39.75 with FLASHSALE, save 75%");
  await expect(purchase).toContainText("In stock");
  await expect(purchase.getByRole("button", { name: /add .*to cart/i })).toBeEnabled();

  await expect(page.getByRole("table", { name: "Specifications" })).toContainText("Percussive massage");
  await expect(page.getByRole("region", { name: "Which cramps it suits" })).toContainText("Mild to moderate cramps");
  const guides = page.getByRole("region", { name: "Read before you buy" }).getByRole("link");
  await expect(guides.first()).toHaveAttribute("href", /^\/learn\/[a-z0-9-]+$/);

  // The gallery switches to the second picture.
  await page.getByRole("button", { name: "Show picture 2 of 2" }).click();
  await expect(page.getByRole("img", { name: "UltraGun, picture 2 of 2" })).toBeVisible();
});

test("product pages carry a canonical URL, Open Graph image and valid Product JSON-LD", async ({ page, baseURL }) => {
  await page.goto("/products/ultragun-pro");
  await expect(page.getByRole("heading", { level: 1, name: "UltraGun PRO" })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/products/ultragun-pro`);
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute(
    "content",
    `${baseURL}/images/products/ultragun-pro.png`,
  );

  const scripts = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(scripts).toHaveLength(1);
  const data = JSON.parse(scripts[0]);
  expect(data).toMatchObject({
    "@context": "https://schema.org",
    "@type": "Product",
    name: "UltraGun PRO",
    sku: "UC-UGPRO",
    offers: {
      "@type": "Offer",
      price: "249.00",
      priceCurrency: "USD",
      availability: "https://schema.org/InStock",
      url: `${baseURL}/products/ultragun-pro`,
    },
  });
});

test("a product page's title, description and canonical link are in the <head> of the HTML as served", async ({ request, baseURL }) => {
  for (let visit = 0; visit < 2; visit++) {
    const response = await request.get("/products/ultragun");
    expect(response.status()).toBe(200);
    const html = await response.text();
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain("<title>UltraGun | UltraCare Pro</title>");
    expect(head).toMatch(/<meta name="description" content="[^"]{10,}"/);
    expect(head).toContain(`<link rel="canonical" href="${baseURL}/products/ultragun"`);
  }
});

test("the header shows Sign in and an empty cart to a new visitor, then the count once something is added", async ({ page }) => {
  await page.goto("/products/ultragun-pro");
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Cart, empty" })).toBeVisible();
  await page.getByLabel("Quantity").selectOption("2");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(header.getByRole("link", { name: "Cart, 2 items" })).toBeVisible();
  await expect(header.getByTestId("cart-count")).toHaveText("2");
  // Pages are cached for everyone: the next page shows this visitor's count, and the cached page stays shared.
  await page.goto("/learn");
  await expect(header.getByTestId("cart-count")).toHaveText("2");
  const other = await page.context().browser()!.newContext();
  const stranger = await other.newPage();
  await stranger.goto(new URL("/products/ultragun-pro", page.url()).toString());
  await expect(stranger.getByRole("banner").getByRole("link", { name: "Cart, empty" })).toBeVisible();
  await other.close();
});

test("the session endpoint answers only GET, privately", async ({ request }) => {
  const response = await request.get("/api/storefront/session");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("private, no-store");
  expect(await response.json()).toMatchObject({ user: null, cartCount: 0, sale: { code: "FLASHSALE", maxPercentOff: 75 } });
  expect((await request.post("/api/storefront/session", { data: {} })).status()).toBe(405);
});

test("the shop page lists the devices", async ({ page }) => {
  await page.goto("/products");
  await expect(page.getByRole("heading", { level: 1, name: "Devices for cramp relief" })).toBeVisible();
  await expect(devicesOn(page)).toHaveCount(3);
});

test("the sitemap lists the products and guides, and robots.txt points at it", async ({ request, baseURL }) => {
  const sitemap = await request.get("/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  const xml = await sitemap.text();
  for (const device of DEVICES) expect(xml).toContain(`<loc>${baseURL}/products/${device.slug}</loc>`);
  expect(xml).toContain(`<loc>${baseURL}/products</loc>`);
  expect(xml).toMatch(new RegExp(`<loc>${baseURL}/learn/[a-z0-9-]+</loc>`));

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toMatch(/Disallow: \/admin/);
});

test("an unknown product shows the not-found page with ways back, answered 404 (also on a repeat visit)", async ({ page }) => {
  for (let visit = 0; visit < 2; visit++) {
    const response = await page.goto("/products/no-such-device");
    expect(response?.status(), `visit ${visit + 1}`).toBe(404);
  }
  for (const path of ["/products/__placeholder__", "/products/UltraGun", "/products/ultragun--pro"]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
  await expect(page.getByRole("heading", { level: 1, name: "We could not find that page" })).toBeVisible();
  for (const href of ["/products", "/learn", "/"]) {
    await expect(page.getByRole("main").locator(`a[href="${href}"]`)).toBeVisible();
  }
});

test("made-up product and guide addresses answer 404 without being stored, while real pages stay cached", async ({ request }) => {
  const slug = `made-up-${Date.now()}`;
  for (const path of [`/products/${slug}`, `/learn/${slug}`]) {
    for (let visit = 1; visit <= 2; visit++) {
      const response = await request.get(path);
      expect(response.status(), `${path} visit ${visit}`).toBe(404);
      expect(response.headers()["x-nextjs-cache"], `${path} visit ${visit}`).not.toBe("HIT");
    }
  }
  // Nothing written for them: a crawler's made-up addresses would otherwise fill the disk (or Redis).
  const distDir = resolve(process.env.NEXT_DIST_DIR ?? ".next");
  const stored = (readdirSync(distDir, { recursive: true }) as string[]).filter((file) => file.includes(slug));
  expect(stored).toEqual([]);

  await request.get("/products/ultragun");
  expect((await request.get("/products/ultragun")).headers()["x-nextjs-cache"]).toBe("HIT");
});

for (const width of [360, 390]) {
  test(`nothing overflows the ${width} px wide screen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    for (const path of ["/", "/products", "/products/us111"]) {
      await page.goto(path);
      await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
      await expect(page.locator("h1")).toBeVisible();
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(scrollWidth, `${path} is ${scrollWidth} px wide`).toBeLessThanOrEqual(width);
    }
  });
}

for (const path of ["/", "/products/us111"]) {
  test(`axe finds no accessibility violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expect(devicesOrHeading(page, path)).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

// The pages this round added to a shopper's path: the comparison, and a cart with a device, its Country choice
// and the tax sentence.
test("axe finds no accessibility violations on /compare and on a cart with a device in it", async ({ page }) => {
  const violations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  await page.goto("/compare");
  await expect(page.getByRole("heading", { name: "Compare devices" })).toBeVisible();
  await expect(page.getByText("In the box").first()).toBeVisible();
  expect(await violations()).toEqual([]);

  await page.goto("/products/ultragun");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
  await page.goto("/cart");
  await expect(page.getByLabel("Country")).toBeVisible();
  expect(await violations()).toEqual([]);
});

function devicesOrHeading(page: Page, path: string) {
  return path === "/" ? devicesOn(page).first() : page.getByTestId("product-purchase");
}
