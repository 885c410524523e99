// A local stand-in for Stripe's API (unreachable from these machines). The real stripe SDK is pointed
// at it with host/port/protocol; it records every request (method, path, idempotency key, form body)
// so tests can check exactly what the store sent, and answers with the minimal objects the SDK needs.
// Like Stripe's API v1 it keeps the answer to each idempotency key: the same key with the same parameters
// gets the saved answer again (`idempotent-replayed: true`), with other parameters a 400 idempotency_error.
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
  close(): Promise<void>;
};

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
    if (path === "/v1/coupons") answer = { id: `co_test_${id}`, object: "coupon", amount_off: Number(body.amount_off) };
    else if (path === "/v1/checkout/sessions" && request.method === "POST")
      answer = { id: `cs_test_${id}`, object: "checkout.session", url: `https://checkout.stripe.test/c/pay/cs_test_${id}` };
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
    failNext(prefix, status, times = 1, options = {}) {
      failures.push({ prefix, status, times, saved: options.saved ?? false });
    },
    async close() {
      for (const end of hanging) end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
