// The HTTP edges through the real server (next start): request ids from proxy.ts where logs are written, 405 with Allow for
// methods a route does not implement, 400/413 for bad bodies.
import { expect, test } from "@playwright/test";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test("wherever logs are written, responses carry a request id: the load balancer's when sane, else a new one", async ({ request }) => {
  const session = await request.get("/api/storefront/session");
  expect(session.headers()["x-request-id"]).toMatch(UUID);
  const api = await request.get("/api/health");
  expect(api.headers()["x-request-id"]).toMatch(UUID);
  expect(api.headers()["x-request-id"]).not.toBe(session.headers()["x-request-id"]);

  const kept = await request.get("/api/health", { headers: { "x-request-id": "lb-7c2a9f1e4b3d8a6c" } });
  expect(kept.headers()["x-request-id"]).toBe("lb-7c2a9f1e4b3d8a6c");
  const replaced = await request.get("/api/health", { headers: { "x-request-id": "<bad id>" } });
  expect(replaced.headers()["x-request-id"]).toMatch(UUID);

  const redirected = await request.get("/admin", { maxRedirects: 0 });
  expect(redirected.status()).toBe(307);
  expect(redirected.headers()["x-request-id"]).toMatch(UUID);

  // The proxy's one matcher is a path pattern: headers a script adds (a server action's, Next's own subrequest
  // marker, a made-up session cookie name) neither skip the sign-in redirect nor reach the back office.
  for (const headers of <Record<string, string>[]>[
    { "next-action": "7f3a9c" },
    { "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" },
    { "content-type": "application/x-www-form-urlencoded" },
  ]) {
    const forged = await request.get("/admin/orders", { headers, maxRedirects: 0 });
    expect(forged.status(), JSON.stringify(headers)).toBe(307);
    expect(forged.headers()["location"], JSON.stringify(headers)).toContain("/signin?callbackUrl=%2Fadmin%2Forders");
  }

  // Reading a cached page writes no log: the proxy stays out of its way, the security headers do not.
  const page = await request.get("/products/us111");
  expect(page.status()).toBe(200);
  expect(page.headers()["x-request-id"]).toBeUndefined();
  expect(page.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  // A production build allows no eval, even served over plain http (this suite's server): only `next dev` does.
  expect(page.headers()["content-security-policy"]).toMatch(/script-src 'self' 'unsafe-inline';/);
});

test("a method a route does not implement gets 405 with Allow; OPTIONS lists the methods", async ({ request }) => {
  const put = await request.put("/api/health", { data: {} });
  expect(put.status()).toBe(405);
  expect(put.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(await put.json()).toEqual({ error: "PUT is not allowed here; use GET, HEAD, OPTIONS." });

  const get = await request.get("/api/stripe/webhook");
  expect(get.status()).toBe(405);
  expect(get.headers()["allow"]).toBe("OPTIONS, POST");

  const options = await request.fetch("/api/health", { method: "OPTIONS" });
  expect(options.status()).toBe(204);
  expect(options.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
});

test("a POST with malformed JSON gets 400, an oversized one 413", async ({ request }) => {
  const malformed = await request.post("/api/stripe/webhook", { headers: { "content-type": "application/json" }, data: Buffer.from('{"id": "evt_1",') }); // a Buffer is sent as-is (a string would be JSON-encoded)
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toMatch(/^The request body is not valid JSON/);

  const oversized = await request.post("/api/auth/callback/credentials", {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `email=a%40b.c&password=${"x".repeat(64 * 1024)}`,
  });
  expect(oversized.status()).toBe(413);
});

test("the cart and sign-in cookies reach the browser httpOnly and SameSite=Lax (Secure only over https)", async ({ page, context }) => {
  await page.goto("/products/ultragun");
  await page.getByRole("button", { name: "Add to cart" }).click();
  await expect(page.getByText(/Added \d+ × .* to your cart\./)).toBeVisible();
  await page.request.get("/api/auth/csrf");
  const cookies = Object.fromEntries((await context.cookies()).map((cookie) => [cookie.name, cookie]));
  for (const name of ["uc_cart", "next-auth.csrf-token"]) {
    expect(cookies[name], name).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false }); // APP_URL is http here
  }
});

test("a forged session cookie gets past the early redirect, and the back office's own check sends the browser to sign in", async ({ page, context, baseURL }) => {
  // The proxy only looks for the cookie's name; the page checks the session itself (lib/auth) and redirects.
  await context.addCookies([{ name: "next-auth.session-token", value: "forged", url: baseURL! }]);
  await page.goto("/admin/orders");
  // The back office's layout checks first, and names /admin as the way back.
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fadmin(%2F|$)/);
  await expect(page.getByRole("heading", { name: "Orders", exact: true })).toHaveCount(0);
});
