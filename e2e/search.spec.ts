import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function search(page: Page, query: string) {
  await page.getByRole("searchbox", { name: "Search devices and guides" }).fill(query);
  await page.getByRole("button", { name: "Search", exact: true }).click();
}

const results = (page: Page) => page.getByRole("region", { name: "Results" }).getByRole("listitem");

test("finds a device by a word from its description, and a guide by a word from its body", async ({ page }) => {
  await page.goto("/search");
  // "gym" appears only in the UltraGun's description ("fits easily in a gym bag").
  await search(page, "gym");
  await expect(page).toHaveURL(/\/search\?q=gym$/);
  await expect(page.getByRole("status")).toHaveText(/1 result for “gym”/);
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).first()).toContainText("$159.00");
  await expect(results(page).first().locator("mark")).toHaveText(/gym/i);

  // "lunge" appears only in the body of the night-cramps guide.
  await search(page, "lunge");
  await expect(results(page)).toHaveCount(1);
  await results(page).getByRole("link", { name: "Night Leg Cramps and the Charley Horse" }).click();
  await expect(page).toHaveURL(/\/learn\/night-cramps-charley-horse$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search form and its results still work", async ({ page }) => {
    await page.goto("/search");
    await search(page, "magnesium");
    await expect(page.getByRole("status")).toContainText("for “magnesium”");
    await expect(results(page).first()).toBeVisible();
  });
});

test("products and guides are ranked together", async ({ page }) => {
  await page.goto("/search?q=ultrasound");
  const first = results(page).first();
  await expect(first).toContainText("US111 Ultrasound Therapy");
  await expect(results(page).filter({ hasText: "Guide" }).first()).toBeVisible();
});

test("no results, punctuation only and an empty search all offer a way forward", async ({ page }) => {
  await page.goto("/search?q=zebra+crossing");
  await expect(page.getByRole("status")).toContainText("Nothing matched “zebra crossing”");
  await expect(page.getByRole("link", { name: "Take the relief guide" })).toHaveAttribute("href", "/guide");
  await expect(page.getByRole("region", { name: "Popular guides" }).getByRole("heading", { level: 3 })).toHaveCount(3);
  const devices = page.getByRole("region", { name: "Our devices" });
  await expect(devices.getByRole("heading", { level: 3 })).toHaveText(["US111 Ultrasound Therapy", "UltraGun", "UltraGun PRO"]);
  await expect(devices).toContainText("$399.00");

  await page.goto("/search?q=%3F%21%2A%29%28");
  await expect(page.getByRole("status")).toContainText("Search needs at least one word");

  await page.goto(`/search?q=${"calf ".repeat(300)}`);
  await expect(page.getByRole("status")).toContainText("cut to their first 100 characters");

  await page.goto("/search");
  await expect(page.getByRole("searchbox", { name: "Search devices and guides" })).toHaveValue("");
  await expect(page.getByRole("region", { name: "Our devices" })).toBeVisible();
});

test("search pages have no accessibility violations", async ({ page }) => {
  for (const path of ["/search?q=massage", "/search?q=zebra"]) {
    await page.goto(path);
    await expect(page.getByRole("status")).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
