import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function answer(page: Page, answers: Record<string, string>) {
  for (const [question, choice] of Object.entries(answers)) {
    await page.getByRole("group", { name: question }).getByLabel(choice, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Show my suggestions" }).click();
}

const SEVERE_NIGHTLY = {
  "Where do your cramps happen?": "Legs or feet",
  "How strong are they, usually?": "Severe",
  "How often do they come?": "Most days",
  "Do they wake you at night?": "Yes",
};

test("severe leg cramps on most days, at night: US111, the doctor first, the night-cramps guide", async ({ page }) => {
  await page.goto("/guide");
  await answer(page, SEVERE_NIGHTLY);
  await expect(page).toHaveURL(/where=legs&severity=severe&frequency=most-days&night=yes/);

  const result = page.getByRole("region", { name: "Your suggestions" });
  await expect(result.getByRole("heading", { name: "Please talk to a doctor" })).toBeVisible();
  await expect(result.getByRole("link", { name: "US111 Ultrasound Therapy" })).toHaveAttribute("href", "/products/us111");
  await expect(result).toContainText("$399.00");
  const reading = result.getByRole("listitem").getByRole("heading", { level: 4 });
  await expect(reading.first()).toHaveText("When to See a Doctor About Muscle Cramps");
  await expect(reading.filter({ hasText: "Night Leg Cramps and the Charley Horse" })).toHaveCount(1);
  await expect(reading.filter({ hasText: "Treating Hand Cramps" })).toHaveCount(0);
  await expect(reading.filter({ hasText: "Hand Cramps: Common Causes" })).toHaveCount(0);
  await expect(result).toContainText("This is not a diagnosis.");
  // The answers stay selected for a second try.
  await expect(page.getByRole("group", { name: "How often do they come?" }).getByLabel("Most days")).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still works: occasional mild hand cramps lead to the UltraGun and hand guides", async ({ page }) => {
    await page.goto("/guide");
    await answer(page, {
      "Where do your cramps happen?": "Hands or forearms",
      "How strong are they, usually?": "Mild",
      "How often do they come?": "A few times a month or less",
      "Do they wake you at night?": "No",
    });
    const result = page.getByRole("region", { name: "Your suggestions" });
    await expect(result.getByRole("link", { name: "UltraGun", exact: true })).toHaveAttribute("href", "/products/ultragun");
    await expect(result).toContainText("Treating Hand Cramps");
    await expect(result.getByRole("heading", { name: "Please talk to a doctor" })).toHaveCount(0);
  });
});

test("weekly moderate cramps lead to the UltraGun PRO", async ({ page }) => {
  await page.goto("/guide?where=both&severity=moderate&frequency=weekly&night=no");
  const result = page.getByRole("region", { name: "Your suggestions" });
  await result.getByRole("link", { name: "UltraGun PRO" }).click();
  await expect(page).toHaveURL(/\/products\/ultragun-pro$/);
});

test("missing or made-up answers show the form again with a message for each question", async ({ page }) => {
  await page.goto("/guide");
  await page.getByRole("group", { name: "Where do your cramps happen?" }).getByLabel("Both").check();
  await page.getByRole("button", { name: "Show my suggestions" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Some answers are missing" })).toBeVisible();
  await expect(page.getByText("Please choose an answer.")).toHaveCount(3);
  await expect(page.getByRole("group", { name: "Where do your cramps happen?" }).getByLabel("Both")).toBeChecked();
  await expect(page.getByRole("region", { name: "Your suggestions" })).toHaveCount(0);

  await page.goto("/guide?where=elbows&severity=severe&frequency=weekly&night=no");
  await expect(page.getByText("That answer is not one of the choices.")).toBeVisible();
});

test("the guide has no accessibility violations, before and after answering", async ({ page }) => {
  for (const path of ["/guide", "/guide?where=legs", "/guide?where=legs&severity=severe&frequency=most-days&night=yes"]) {
    await page.goto(path);
    await expect(page.getByRole("button", { name: "Show my suggestions" })).toBeVisible();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.map((v) => `${path}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
});
