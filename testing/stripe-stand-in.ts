// A local stand-in for Stripe's API (unreachable from these machines). The real stripe SDK is pointed
// at it with host/port/protocol; it records every request (method, path, idempotency key, form body)
// so tests can check exactly what the store sent, and answers with the minimal objects the SDK needs.
// Like Stripe's API v1 it keeps the answer to each idempotency key: the same key with the same parameters
// gets the saved answer again (`idempotent-replayed: true`), with other parameters a 400 idempotency_error.
// With automatic_tax enabled it plays Stripe Tax (see standInTax): a session's answer carries the tax and
// the total Stripe would charge, and a taxed session whose prices or shipping rate lack a tax behaviour is
// refused, as Stripe does for an account without a default tax behaviour.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; idempotencyKey: string | null; body: Record<string, string> };

/**
 * A failure of the next matching requests (they are recorded all the same):
 * - a status (e.g. 500): answered before the endpoint ran, so nothing is kept for the key; with
 *   `{ saved: true }` it is kept and replayed to the same key, as Stripe does once the endpoint began;
 * - "hang": no answer ever (the client times out), nothing done;
 * - "hang-after-create": the object is made and kept for the key, but the answer is lost (a timeout
 *   after Stripe did the work).
 */
export type Failure = number | "hang" | "hang-after-create";

export type StandIn = {
  url: string;
  requests: RecordedRequest[];
  /** Makes the next matching requests fail (see Failure). */
  failNext(pathPrefix: string, status: Failure, times?: number, options?: { saved?: boolean }): void;
  paidSessions: Record<string, unknown>[];
  /** Every object the stand-in made (replays make none), whether or not its answer reached the client. */
  created: { path: string; id: string; idempotencyKey: string | null }[];
  /** Each Checkout Session made, by id, with the amounts Stripe would charge (amount_total, total_details). */
  sessions: Record<string, SessionAmounts>;
  close(): Promise<void>;
};

export type SessionAmounts = { amount_subtotal: number; amount_total: number; total_details: { amount_discount: number; amount_shipping: number; amount_tax: number } };

/** The stand-in's tax rate, in basis points (8.25%), on everything after the discount, shipping included. */
export const STAND_IN_TAX_BASIS_POINTS = 825;

/** The tax the stand-in charges on a taxable amount: deterministic, rounded half up to the cent. */
export function standInTax(taxableCents: number): number {
  return Math.round((taxableCents * STAND_IN_TAX_BASIS_POINTS) / 10_000);
}

/** What Stripe would charge for a session's form body: lines - coupon + shipping, plus tax with automatic_tax. */
function sessionAmounts(body: Record<string, string>, couponAmounts: Map<string, number>): SessionAmounts {
  let subtotal = 0;
  for (let i = 0; body[`line_items[${i}][quantity]`]; i++) {
    subtotal += Number(body[`line_items[${i}][quantity]`]) * Number(body[`line_items[${i}][price_data][unit_amount]`]);
  }
  const discount = couponAmounts.get(body["discounts[0][coupon]"]) ?? 0;
  const shipping = Number(body["shipping_options[0][shipping_rate_data][fixed_amount][amount]"] ?? 0);
  const tax = body["automatic_tax[enabled]"] === "true" ? standInTax(subtotal - discount + shipping) : 0;
  return {
    amount_subtotal: subtotal,
    amount_total: subtotal - discount + shipping + tax,
    total_details: { amount_discount: discount, amount_shipping: shipping, amount_tax: tax },
  };
}

/** Stripe's refusal of a taxed session with a price or shipping rate of unknown tax behaviour, or null. */
function taxBehaviourMissing(body: Record<string, string>): string | null {
  if (body["automatic_tax[enabled]"] !== "true") return null;
  for (let i = 0; body[`line_items[${i}][quantity]`]; i++) {
    if (!body[`line_items[${i}][price_data][tax_behavior]`]) return `line_items[${i}][price_data][tax_behavior]`;
  }
  for (let i = 0; body[`shipping_options[${i}][shipping_rate_data][type]`]; i++) {
    if (!body[`shipping_options[${i}][shipping_rate_data][tax_behavior]`]) return `shipping_options[${i}][shipping_rate_data][tax_behavior]`;
  }
  return null;
}

async function readBody(request: IncomingMessage): Promise<Record<string, string>> {
  let raw = "";
  for await (const chunk of request) raw += chunk;
  const text = request.method === "GET" ? (request.url?.split("?")[1] ?? "") : raw;
  return Object.fromEntries(new URLSearchParams(text));
}

export async function startStripeStandIn(): Promise<StandIn> {
  const requests: RecordedRequest[] = [];
  const failures: { prefix: string; status: Failure; times: number; saved: boolean }[] = [];
  const saved = new Map<string, { body: string; status: number; answer: string }>();
  const paidSessions: Record<string, unknown>[] = [];
  const created: StandIn["created"] = [];
  const sessions: StandIn["sessions"] = {};
  const couponAmounts = new Map<string, number>();
  let counter = 0;
  const hanging = new Set<() => void>();

  const server: Server = createServer(async (request, response) => {
    const path = (request.url ?? "").split("?")[0];
    const body = await readBody(request);
    requests.push({ method: request.method ?? "", path, idempotencyKey: (request.headers["idempotency-key"] as string) ?? null, body });
    const idempotencyKey = request.method === "POST" ? ((request.headers["idempotency-key"] as string) ?? null) : null;
    const keyId = idempotencyKey ? `${path} ${idempotencyKey}` : null;
    const failure = failures.find((f) => path.startsWith(f.prefix) && f.times > 0);
    if (failure) {
      failure.times--;
      if (failure.status === "hang") {
        hanging.add(() => response.destroy());
        return;
      }
      if (failure.status !== "hang-after-create") {
        const answer = JSON.stringify({ error: { type: "api_error", message: "stand-in failure" } });
        if (failure.saved && keyId && !saved.has(keyId)) saved.set(keyId, { body: JSON.stringify(body), status: failure.status, answer });
        // Stripe tells its SDKs not to retry what it would only replay.
        response.writeHead(failure.status, { "content-type": "application/json", ...(failure.saved ? { "stripe-should-retry": "false" } : {}) });
        response.end(answer);
        return;
      }
    }
    const previous = keyId ? saved.get(keyId) : undefined;
    if (previous && failure?.status === "hang-after-create") {
      hanging.add(() => response.destroy()); // answered from what was kept, and lost again
      return;
    }
    if (previous) {
      if (previous.body !== JSON.stringify(body)) {
        response.writeHead(400, { "content-type": "application/json" });
        response.end(
          JSON.stringify({
            error: {
              type: "idempotency_error",
              message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
            },
          }),
        );
        return;
      }
      response.writeHead(previous.status, { "content-type": "application/json", "idempotent-replayed": "true" });
      response.end(previous.answer);
      return;
    }
    const id = ++counter;
    let answer: unknown;
    const untaxable = path === "/v1/checkout/sessions" && request.method === "POST" ? taxBehaviourMissing(body) : null;
    if (untaxable) {
      response.writeHead(400, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { type: "invalid_request_error", param: untaxable, message: "Automatic tax needs a tax_behavior on every price and shipping rate." } }));
      return;
    }
    if (path === "/v1/coupons") {
      answer = { id: `co_test_${id}`, object: "coupon", amount_off: Number(body.amount_off) };
      couponAmounts.set(`co_test_${id}`, Number(body.amount_off));
    } else if (path === "/v1/checkout/sessions" && request.method === "POST") {
      sessions[`cs_test_${id}`] = sessionAmounts(body, couponAmounts);
      answer = { id: `cs_test_${id}`, object: "checkout.session", url: `https://checkout.stripe.test/c/pay/cs_test_${id}`, ...sessions[`cs_test_${id}`] };
    }
    else if (path === "/v1/checkout/sessions" && request.method === "GET") answer = { object: "list", data: paidSessions, has_more: false, url: "/v1/checkout/sessions" };
    else if (/^\/v1\/checkout\/sessions\/[^/]+\/expire$/.test(path)) answer = { id: path.split("/")[4], object: "checkout.session", status: "expired" };
    else if (path === "/v1/refunds") answer = { id: `re_test_${id}`, object: "refund", amount: Number(body.amount), status: "succeeded" };
    else {
      response.writeHead(404, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { type: "invalid_request_error", message: `stand-in has no ${request.method} ${path}` } }));
      return;
    }
    if (keyId) saved.set(keyId, { body: JSON.stringify(body), status: 200, answer: JSON.stringify(answer) });
    if (request.method === "POST") created.push({ path, id: (answer as { id: string }).id, idempotencyKey });
    if (failure?.status === "hang-after-create") {
      hanging.add(() => response.destroy());
      return;
    }
    response.writeHead(200, { "content-type": "application/json", "request-id": `req_${id}` });
    response.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    paidSessions,
    created,
    sessions,
    failNext(prefix, status, times = 1, options = {}) {
      failures.push({ prefix, status, times, saved: options.saved ?? false });
    },
    async close() {
      for (const end of hanging) end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
