// The request id: kept from a load balancer when sane, otherwise a fresh UUID; set on the request the
// route sees and echoed on the response (proxy.ts); log lines of that request carry it.
import { unstable_doesMiddlewareMatch } from "next/experimental/testing/server";
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { config, proxy } from "../../proxy";
import { env } from "../env";
import { createLogger } from "./logger";
import { isValidRequestId, REQUEST_ID_HEADER, requestIdFrom } from "./request-id";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("requestIdFrom", () => {
  it.each([
    ["a UUID", "0f8fad5b-d9cb-469f-a165-70867728950e"],
    ["nginx's hex $request_id", "7c2a9f1e4b3d8a6c5e0f1a2b3c4d5e6f"],
    ["an AWS-style trace id", "1-67891233-abcdef012345678912345678"],
  ])("keeps %s from the load balancer", (_label, id) => {
    expect(requestIdFrom(new Headers({ [REQUEST_ID_HEADER]: id }))).toBe(id);
  });

  it.each([
    ["none", undefined],
    ["an empty one", ""],
    ["a too short one", "abc"],
    ["a too long one", "a".repeat(129)],
    ["one with spaces", "hello world id"],
    ["one trying to forge a log line", 'abc123"}\n{"level":"fatal'],
    ["one with HTML", "<script>alert(1)</script>"],
  ])("replaces %s with a new UUID", (_label, id) => {
    const headers = new Headers();
    if (id !== undefined) {
      try {
        headers.set(REQUEST_ID_HEADER, id);
      } catch {
        return; // not even a legal header value: it can never arrive
      }
    }
    const result = requestIdFrom(headers);
    expect(result).toMatch(UUID);
    expect(isValidRequestId(result)).toBe(true);
  });

  it("gives every request its own id", () => {
    expect(requestIdFrom(new Headers())).not.toBe(requestIdFrom(new Headers()));
  });
});

describe("proxy", () => {
  const forwarded = (response: Response) => response.headers.get(`x-middleware-request-${REQUEST_ID_HEADER}`);

  it("echoes a new id on the response and hands the same id to the route", () => {
    const response = proxy(new NextRequest("http://localhost/api/health"));
    const id = response.headers.get(REQUEST_ID_HEADER);
    expect(id).toMatch(UUID);
    // NextResponse.next({ request: { headers } }) is how a proxy changes the request the route sees.
    expect(response.headers.get("x-middleware-override-headers")?.split(",")).toContain(REQUEST_ID_HEADER);
    expect(forwarded(response)).toBe(id);
  });

  it("keeps the load balancer's id, and replaces a bad one", () => {
    const kept = proxy(new NextRequest("http://localhost/", { headers: { [REQUEST_ID_HEADER]: "lb-0123456789abcdef" } }));
    expect(kept.headers.get(REQUEST_ID_HEADER)).toBe("lb-0123456789abcdef");
    expect(forwarded(kept)).toBe("lb-0123456789abcdef");
    const replaced = proxy(new NextRequest("http://localhost/", { headers: { [REQUEST_ID_HEADER]: "x" } }));
    expect(replaced.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
  });

  it("still sends a signed-out visitor of the back office to sign in, with an id", () => {
    const response = proxy(new NextRequest("http://localhost/admin/orders?status=PAID"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(new URL("/signin?callbackUrl=%2Fadmin%2Forders%3Fstatus%3DPAID", env().APP_URL).href);
    expect(response.headers.get(REQUEST_ID_HEADER)).toMatch(UUID);
  });

  it("builds that address on APP_URL, whatever host the request names", () => {
    const forged = new NextRequest("http://evil.example/account", { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    const location = new URL(proxy(forged).headers.get("location")!);
    expect(location.origin).toBe(new URL(env().APP_URL).origin);
    expect(location.origin).not.toBe("http://evil.example");
  });

  it("lets a signed-in visitor through, and never redirects the storefront", () => {
    const signedIn = new NextRequest("http://localhost/account", { headers: { cookie: "next-auth.session-token=abc" } });
    expect(proxy(signedIn).headers.get("location")).toBeNull();
    expect(proxy(new NextRequest("http://localhost/administrators-guide")).headers.get("location")).toBeNull();
    expect(proxy(new NextRequest("http://localhost/products/us111")).headers.get("location")).toBeNull();
  });
});

describe("where the proxy runs", () => {
  const runs = (url: string, headers: Record<string, string> = {}) => unstable_doesMiddlewareMatch({ config, url, headers });

  it("runs wherever logs are written or a sign-in is needed", () => {
    for (const path of ["/admin", "/admin/orders?status=PAID", "/account", "/account/orders", "/api/health", "/api/stripe/webhook", "/checkout/cancel?order=1", "/orders/lookup"])
      expect(runs(`http://localhost${path}`), path).toBe(true);
  });

  it("leaves server actions on storefront pages to request-logger.ts, which chooses their id", () => {
    expect(runs("http://localhost/products/us111", { "next-action": "7f3a9c" })).toBe(false);
    expect(runs("http://localhost/cart", { "content-type": "multipart/form-data; boundary=x" })).toBe(false);
  });

  it("leaves cached pages, public files and metadata routes alone", () => {
    for (const path of ["/", "/products/us111", "/learn/leg-cramps-causes", "/logo.svg", "/icon.svg", "/robots.txt", "/_next/static/chunks/a.js"])
      expect(runs(`http://localhost${path}`), path).toBe(false);
    for (const path of ["/administrators-guide", "/accounting", "/apis", "/ordersx", "/products/admin"]) expect(runs(`http://localhost${path}`), path).toBe(false);
  });
});

describe("requestLogger", () => {
  afterEach(() => {
    vi.doUnmock("next/headers");
    vi.resetModules();
  });

  async function loggerWith(headersImpl: () => Promise<Headers>) {
    vi.resetModules();
    vi.doMock("next/headers", () => ({ headers: headersImpl }));
    const lines: string[] = [];
    const root = createLogger({ level: "info", destination: { write: (line: string) => void lines.push(line) } });
    vi.doMock("./logger", () => ({ logger: root }));
    const { requestLogger } = await import("./request-logger");
    return { requestLogger, lines };
  }

  it("binds the request id read through next/headers (server actions)", async () => {
    const { requestLogger, lines } = await loggerWith(async () => new Headers({ [REQUEST_ID_HEADER]: "req-0123456789" }));
    (await requestLogger()).error("checkout failed");
    expect(JSON.parse(lines[0])).toMatchObject({ requestId: "req-0123456789", msg: "checkout failed" });
  });

  it("binds the id of the request a route handler was given", async () => {
    const { requestLogger, lines } = await loggerWith(async () => new Headers());
    (await requestLogger(new Request("http://localhost/", { headers: { [REQUEST_ID_HEADER]: "req-from-route-1" } }))).warn("refused");
    expect(JSON.parse(lines[0]).requestId).toBe("req-from-route-1");
  });

  it("chooses an id where the proxy did not run, the same one for every line of that request", async () => {
    const request = new Headers();
    const { requestLogger, lines } = await loggerWith(async () => request);
    (await requestLogger()).error("first line");
    (await requestLogger()).error("second line");
    const [first, second] = lines.map((line) => JSON.parse(line).requestId);
    expect(first).toMatch(UUID);
    expect(second).toBe(first);
    const handlerRequest = new Request("http://localhost/");
    (await requestLogger(handlerRequest)).warn("route line");
    (await requestLogger(handlerRequest)).warn("route line again");
    expect(JSON.parse(lines[2]).requestId).toMatch(UUID);
    expect(JSON.parse(lines[3]).requestId).toBe(JSON.parse(lines[2]).requestId);
    expect(JSON.parse(lines[2]).requestId).not.toBe(first);
  });

  it("replaces a client's malformed id rather than logging it", async () => {
    const { requestLogger, lines } = await loggerWith(async () => new Headers({ [REQUEST_ID_HEADER]: "<script>alert(1)</script>" }));
    (await requestLogger()).error("line");
    expect(JSON.parse(lines[0]).requestId).toMatch(UUID);
  });

  it("falls back to the plain logger outside a request, without throwing", async () => {
    const { requestLogger, lines } = await loggerWith(async () => {
      throw new Error("`headers` was called outside a request scope.");
    });
    (await requestLogger()).info("from a script");
    expect(JSON.parse(lines[0])).not.toHaveProperty("requestId");
  });
});

describe("onRequestError (instrumentation.ts)", () => {
  afterEach(() => {
    vi.doUnmock("./logger");
    vi.resetModules();
    vi.unstubAllEnvs();
  });

  async function logged(headers: Record<string, string>) {
    vi.resetModules();
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    const lines: string[] = [];
    vi.doMock("./logger", () => ({ logger: createLogger({ level: "info", destination: { write: (line: string) => void lines.push(line) } }) }));
    const { onRequestError } = await import("../../instrumentation");
    const context = { routerKind: "App Router", routePath: "/products/[slug]", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined } as const;
    await onRequestError(Object.assign(new Error("boom"), { digest: "123" }), { path: "/products/us111?token=x", method: "GET", headers }, context);
    return JSON.parse(lines[0]);
  }

  it("logs the proxy's request id when there is one", async () => {
    expect(await logged({ [REQUEST_ID_HEADER]: "req-0123456789" })).toMatchObject({ requestId: "req-0123456789", digest: "123", path: "/products/us111" });
  });

  it("gives a page the proxy skipped an id of its own, never a client's malformed one", async () => {
    expect((await logged({})).requestId).toMatch(UUID);
    expect((await logged({ [REQUEST_ID_HEADER]: "<bad id>" })).requestId).toMatch(UUID);
  });
});

describe("requestLogger with the real next/headers", () => {
  it("works outside a request (tests, scripts)", async () => {
    const { requestLogger } = await import("./request-logger");
    await expect(requestLogger()).resolves.toBeDefined();
  });
});
