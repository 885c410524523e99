// Guessing coupon codes against the running store: the cart's "Apply" request, replayed from other loopback
// addresses (Node's `localAddress`; the browser itself always comes from 127.0.0.1) with no cookies, so every
// try is a fresh cart, and with a new forged X-Forwarded-For each time. The address limit (30 refused tries an
// hour) still stops it, and another address is not affected.
import http from "node:http";
import { expect, test } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const ADDRESS_LIMIT = 30;

type Captured = { path: string; headers: Record<string, string>; body: string };

function replay(from: string, request: Captured, code: string, forged: string): Promise<string> {
  const body = request.body.replace("GUESSAA", code);
  const headers = { ...request.headers, "x-forwarded-for": forged, "x-real-ip": forged, "content-length": String(Buffer.byteLength(body)) };
  return new Promise((resolve, reject) => {
    const sent = http.request({ host: "127.0.0.1", port: PORT, path: request.path, method: "POST", localAddress: from, headers }, (response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk) => (text += chunk));
      response.on("end", () => resolve(text));
    });
    sent.on("error", reject);
    sent.end(body);
  });
}

test("coupon guesses: fresh carts and a forged X-Forwarded-For do not reset the address's limit; another address goes on", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/products/ultragun");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
  await page.goto("/cart");

  // The browser's own try, captured to be sent again as a script would.
  const sent = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await page.getByLabel("Discount code").fill("GUESSAA");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "GUESSAA" })).toContainText("isn't a coupon code we know");
  const browserRequest = await sent;
  const headers = Object.fromEntries(
    Object.entries(browserRequest.headers()).filter(([name]) => !["cookie", "host", "content-length"].includes(name) && !name.startsWith(":")),
  );
  const request: Captured = { path: new URL(browserRequest.url()).pathname, headers, body: browserRequest.postData() ?? "" };
  expect(request.body).toContain("GUESSAA");

  for (let i = 0; i < ADDRESS_LIMIT; i++) {
    const code = `GUESS${String(i).padStart(2, "0")}`;
    expect(await replay("127.0.0.8", request, code, `198.51.100.${i + 1}`), `try ${i + 1}`).toContain(`${code} isn't a coupon code we know`);
  }
  expect(await replay("127.0.0.8", request, "GUESSZZ", "198.51.100.200")).toContain("Too many codes have been tried from here");
  expect(await replay("127.0.0.9", request, "GUESSYY", "198.51.100.201")).toContain("GUESSYY isn't a coupon code we know");
});
