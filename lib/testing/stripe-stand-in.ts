// A local stand-in for Stripe's API (unreachable from these machines). The real stripe SDK is pointed
// at it with host/port/protocol; it records every request (method, path, idempotency key, form body)
// so tests can check exactly what the store sent, and answers with the minimal objects the SDK needs.
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type RecordedRequest = { method: string; path: string; idempotencyKey: string | null; body: Record<string, string> };

export type StandIn = {
  url: string;
  requests: RecordedRequest[];
  /** Makes the next matching requests fail with this HTTP status (e.g. 500), or hang (timeout). */
  failNext(pathPrefix: string, status: number | "hang", times?: number): void;
  paidSessions: Record<string, unknown>[];
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
  const failures: { prefix: string; status: number | "hang"; times: number }[] = [];
  const paidSessions: Record<string, unknown>[] = [];
  let counter = 0;
  const hanging = new Set<() => void>();

  const server: Server = createServer(async (request, response) => {
    const path = (request.url ?? "").split("?")[0];
    const body = await readBody(request);
    requests.push({ method: request.method ?? "", path, idempotencyKey: (request.headers["idempotency-key"] as string) ?? null, body });
    const failure = failures.find((f) => path.startsWith(f.prefix) && f.times > 0);
    if (failure) {
      failure.times--;
      if (failure.status === "hang") {
        hanging.add(() => response.destroy());
        return;
      }
      response.writeHead(failure.status, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: { type: "api_error", message: "stand-in failure" } }));
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
    response.writeHead(200, { "content-type": "application/json", "request-id": `req_${id}` });
    response.end(JSON.stringify(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    paidSessions,
    failNext(prefix, status, times = 1) {
      failures.push({ prefix, status, times });
    },
    async close() {
      for (const end of hanging) end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
