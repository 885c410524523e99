// Route-handler edges a client notices: 405 with Allow, 413 for oversized bodies (with or without a
// Content-Length), 400 with a clear message for malformed JSON.
import { describe, expect, it } from "vitest";
import { declaresJson, readBodyText, readJsonBody } from "./body";
import { routeMethods } from "./route-methods";

const url = "http://localhost/api/thing";

function streamed(chunks: string[]): Request {
  const encoder = new TextEncoder();
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled < chunks.length) controller.enqueue(encoder.encode(chunks[pulled++]));
      else controller.close();
    },
  });
  return new Request(url, { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readBodyText", () => {
  it("reads a body up to the limit exactly", async () => {
    const result = await readBodyText(new Request(url, { method: "POST", body: "é".repeat(5) }), 10);
    expect(result).toEqual({ ok: true, value: "ééééé" });
  });

  it("refuses a declared Content-Length over the limit with 413, before reading", async () => {
    const request = new Request(url, { method: "POST", headers: { "content-length": "11" }, body: "x".repeat(11) });
    const result = await readBodyText(request, 10);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(413);
    expect(await result.response.json()).toEqual({ error: "The request body is larger than 10 bytes." });
    expect(request.bodyUsed).toBe(false);
  });

  it("cuts off a chunked body as soon as it passes the limit", async () => {
    const chunks = Array.from({ length: 100 }, () => "x".repeat(1024));
    const request = streamed(chunks);
    const result = await readBodyText(request, 4 * 1024);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(413);
  });

  it("refuses bytes that are not UTF-8 with 400", async () => {
    const result = await readBodyText(new Request(url, { method: "POST", body: new Uint8Array([0xff, 0xfe]) }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.response.status).toBe(400);
  });
});

describe("readJsonBody", () => {
  it("parses JSON", async () => {
    expect(await readJsonBody(new Request(url, { method: "POST", body: '{"a":1}' }))).toEqual({ ok: true, value: { a: 1 } });
  });

  it.each(['{"email":', "not json", ""])("answers malformed JSON %j with 400 and a message", async (body) => {
    const result = await readJsonBody(new Request(url, { method: "POST", body }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.response.status).toBe(400);
    expect((await result.response.json()).error).toMatch(/^The request body is not valid JSON/);
  });

  it("knows a JSON content type", () => {
    const typed = (type: string) => new Request(url, { method: "POST", headers: { "content-type": type } });
    expect(declaresJson(typed("application/json; charset=utf-8"))).toBe(true);
    expect(declaresJson(typed("application/merge-patch+json"))).toBe(true);
    expect(declaresJson(typed("application/x-www-form-urlencoded"))).toBe(false);
  });
});

describe("routeMethods", () => {
  const GET = async () => new Response("hello");
  const methods = routeMethods({ GET });

  it("answers the methods a route does not implement with 405, Allow and a message", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
      const response = await methods[method](new Request(url, { method }), undefined);
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(await response.json()).toEqual({ error: `${method} is not allowed here; use GET, HEAD, OPTIONS.` });
    }
  });

  it("serves GET and HEAD with the route's own handler and OPTIONS with 204 + Allow", async () => {
    expect(methods.GET).toBe(GET);
    expect(methods.HEAD).toBe(GET);
    const options = await methods.OPTIONS(new Request(url, { method: "OPTIONS" }), undefined);
    expect(options.status).toBe(204);
    expect(options.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });

  it("lists POST-only routes without HEAD", async () => {
    const response = await routeMethods({ POST: GET }).GET(new Request(url), undefined);
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("OPTIONS, POST");
  });
});
