// Per-address limits key on the connection's own address (no proxy is trusted in this setup): a client
// that invents a new X-Forwarded-For on every request is still one client, and two machines are two.
// Loopback has all of 127.0.0.0/8, so Node's `localAddress` gives each test client an address of its own
// (other specs come from 127.0.0.1). A second server of the same build, told it sits behind one proxy,
// shows the hop's rule.
import { expect, test } from "@playwright/test";
import { startExtraServer, type ExtraServer } from "./extra-server";
import { send } from "./http-client";

const PORT = Number(process.env.E2E_PORT ?? 3100);

let spoofs = 0;
/** Headers a client might forge to look like someone new each time. */
const spoofed = () => {
  spoofs += 1;
  return { "x-forwarded-for": `198.51.100.${spoofs % 250}`, "x-real-ip": `192.0.2.${spoofs % 250}`, "x-ultracare-peer-address": `guess 203.0.113.${spoofs % 250}` };
};

const lookup = (from: string) => send(from, "/orders/lookup?number=UC-NOSUCH01&email=nobody%40example.com", { headers: spoofed() });
const LOOKUP_LIMIT = 20; // per address per 15 minutes (app/orders/lookup)

test("order lookups: a spoofed X-Forwarded-For does not reset the limit, and another address has its own", async () => {
  for (let i = 0; i < LOOKUP_LIMIT; i++) {
    const reply = await lookup("127.0.0.2");
    expect(reply.body, `lookup ${i + 1}`).toContain("We could not find an order");
  }
  expect((await lookup("127.0.0.2")).body).toContain("Too many lookups");
  expect((await lookup("127.0.0.3")).body).toContain("We could not find an order");
});

async function csrf(from: string): Promise<{ cookie: string; token: string }> {
  const reply = await send(from, "/api/auth/csrf");
  const cookie = (reply.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
  return { cookie, token: (JSON.parse(reply.body) as { csrfToken: string }).csrfToken };
}

/** One e-mail and password sign-in as the browser form sends it; the error code next-auth reports, if any. */
async function signIn(from: string, session: { cookie: string; token: string }, email: string): Promise<string | null> {
  const body = new URLSearchParams({ csrfToken: session.token, email, password: "not-the-password-1", json: "true" }).toString();
  const reply = await send(from, "/api/auth/callback/credentials", {
    method: "POST",
    headers: { ...spoofed(), cookie: session.cookie, "content-type": "application/x-www-form-urlencoded", "content-length": String(Buffer.byteLength(body)) },
    body,
  });
  const url = reply.headers["content-type"]?.includes("json") ? (JSON.parse(reply.body) as { url: string }).url : String(reply.headers.location);
  return new URL(url, `http://127.0.0.1:${PORT}`).searchParams.get("error");
}

test("sign-in: 30 failures from one address lock that address out, whatever it claims, and nobody else", async () => {
  test.setTimeout(120_000);
  const attacker = await csrf("127.0.0.4");
  for (let i = 0; i < 30; i++) {
    // a new e-mail each time, so only the per-address limit can stop it
    expect(await signIn("127.0.0.4", attacker, `guess-${i}@example.com`), `attempt ${i + 1}`).toBe("INVALID");
  }
  expect(await signIn("127.0.0.4", attacker, "guess-30@example.com")).toMatch(/^RATE_LIMITED:\d+$/);
  expect(await signIn("127.0.0.5", await csrf("127.0.0.5"), "someone@example.com")).toBe("INVALID");
});

test.describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  let server: ExtraServer;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    server = await startExtraServer("hop", { TRUSTED_PROXY_HOPS: "1" });
  });
  test.afterAll(() => server?.stop());

  // 127.0.0.2 plays the load balancer: it appends the address it saw to whatever the client sent.
  const viaBalancer = (client: string, claim: string) =>
    send("127.0.0.2", "/orders/lookup?number=UC-NOSUCH01&email=nobody%40example.com", { port: server.port, headers: { "x-forwarded-for": `${claim}, ${client}` } });

  test("the address the balancer appended counts, not the client's own claim nor the balancer's", async () => {
    for (let i = 0; i < LOOKUP_LIMIT; i++) {
      expect((await viaBalancer("203.0.113.10", `198.51.100.${i}`)).body, `lookup ${i + 1}`).toContain("We could not find an order");
    }
    expect((await viaBalancer("203.0.113.10", "198.51.100.99")).body).toContain("Too many lookups");
    // another shopper behind the same balancer is not locked out
    expect((await viaBalancer("203.0.113.11", "198.51.100.1")).body).toContain("We could not find an order");
  });
});
