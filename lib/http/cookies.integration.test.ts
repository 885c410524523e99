// The store's cookies as a browser receives them: session and CSRF (next-auth, through the store's real
// authOptions and a real sign-in) and the guest cart cookie are httpOnly and SameSite=Lax, and Secure
// exactly when the store is served over https (APP_URL).
import NextAuth from "next-auth";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { cartCookieOptions } from "@/lib/cart/cart-cookie";
import { setupTestDatabase } from "@/testing/setup-test-database";

const database = setupTestDatabase();
// Outside a server there is no connection to take an address from; sign-in's limits key on this one.
vi.mock("@/lib/http/client-address", () => ({ clientAddress: async () => "203.0.113.7" }));
const saved = { APP_URL: process.env.APP_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
const EMAIL = "cookie-tester@test.example";
const PASSWORD = "cookie-pass-12345";

beforeAll(async () => {
  process.env.AUTH_SECRET ??= "cookie-test-secret-0123456789abcdefghijkl";
  await database.db.user.create({ data: { email: EMAIL, role: "CUSTOMER", passwordHash: await hashPassword(PASSWORD) } });
});

afterEach(() => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  vi.resetModules();
});

/** A Set-Cookie header as a browser reads it: name, value and attributes (lower-cased). */
function parseSetCookie(header: string) {
  const [pair, ...attributes] = header.split(/;\s*/);
  const name = pair.slice(0, pair.indexOf("="));
  const flags = new Map(attributes.map((attribute) => {
    const [key, value = "true"] = attribute.split("=");
    return [key.toLowerCase(), value.toLowerCase()] as const;
  }));
  return { name, value: pair.slice(name.length + 1), httpOnly: flags.has("httponly"), sameSite: flags.get("samesite"), secure: flags.has("secure"), path: flags.get("path") };
}

/** One next-auth request through its public API (the Pages-style signature: plain req/res objects). */
async function callNextAuth(options: object, request: { action: string[]; method: string; cookies: Record<string, string>; body?: object; headers: object }) {
  const headers = new Map<string, string | string[]>();
  let body: unknown;
  const res = {
    getHeader: (name: string) => headers.get(name.toLowerCase()),
    setHeader(name: string, value: string | string[]) {
      headers.set(name.toLowerCase(), value);
      return res;
    },
    status: () => res,
    json: (value: unknown) => void (body = value),
    send: (value: unknown) => void (body = value),
    end: () => {},
  };
  const req = { query: { nextauth: request.action }, method: request.method, cookies: request.cookies, body: request.body, headers: request.headers };
  await NextAuth(req as never, res as never, options as never);
  const setCookie = headers.get("set-cookie") ?? [];
  return { cookies: (Array.isArray(setCookie) ? setCookie : [setCookie]).map(parseSetCookie), body: body as Record<string, string>, location: headers.get("location") };
}

/** A real sign-in through next-auth with the store's options, as a store served at `appUrl`. */
async function signIn(appUrl: string) {
  vi.resetModules(); // lib/env and lib/auth read APP_URL once per process
  process.env.APP_URL = appUrl;
  delete process.env.NEXTAUTH_URL;
  const { authOptions } = await import("@/lib/auth/auth-options");
  const options = authOptions();
  const headers = { host: new URL(appUrl).host, "x-forwarded-for": "203.0.113.7" };
  const csrf = await callNextAuth(options, { action: ["csrf"], method: "GET", headers, cookies: {} });
  const csrfCookie = csrf.cookies.find((cookie) => cookie.name.endsWith("next-auth.csrf-token"))!;
  const callback = await callNextAuth(options, {
    action: ["callback", "credentials"],
    method: "POST",
    headers,
    cookies: { [csrfCookie.name]: decodeURIComponent(csrfCookie.value) },
    body: { csrfToken: csrf.body.csrfToken, email: EMAIL, password: PASSWORD },
  });
  const session = callback.cookies.find((cookie) => cookie.name.endsWith("next-auth.session-token"));
  return { csrfCookie, session, redirect: String(callback.location ?? "") };
}

describe("cookies over https (APP_URL https://…)", () => {
  it("session and CSRF cookies are httpOnly, Lax and Secure (with the __Secure-/__Host- names)", async () => {
    const { csrfCookie, session, redirect } = await signIn("https://shop.example.com");
    expect(redirect).not.toMatch(/error=/);
    expect(csrfCookie.name).toBe("__Host-next-auth.csrf-token");
    expect(csrfCookie).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
    expect(session?.name).toBe("__Secure-next-auth.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
  });

  it("the cart cookie is httpOnly, Lax and Secure", () => {
    expect(cartCookieOptions("https://shop.example.com")).toMatchObject({ httpOnly: true, sameSite: "lax", secure: true, path: "/" });
  });
});

describe("cookies over plain http (local runs, e2e)", () => {
  it("session and CSRF cookies are httpOnly and Lax, not Secure (a browser would drop them)", async () => {
    const { csrfCookie, session, redirect } = await signIn("http://127.0.0.1:3000");
    expect(redirect).not.toMatch(/error=/);
    expect(csrfCookie.name).toBe("next-auth.csrf-token");
    expect(csrfCookie).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
    expect(session?.name).toBe("next-auth.session-token");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
  });

  it("the cart cookie is httpOnly and Lax, not Secure, even under NODE_ENV=production", () => {
    vi.stubEnv("NODE_ENV", "production");
    try {
      expect(cartCookieOptions("http://127.0.0.1:3100")).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });
    } finally {
      vi.unstubAllEnvs();
    }
  });
});
