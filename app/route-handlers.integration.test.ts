// Every route handler under app/ (found on disk at test time, so a new route is covered without
// editing this file) answers the edges the same way: only known HTTP methods are exported, and all of
// them, through lib/http/route-methods.ts (a method a route does not implement gets 405 with an Allow
// header, never Next's bare 405); a POST given malformed JSON gets 400 and an oversized body 413, and
// neither changes anything in the database.
import { readdirSync } from "node:fs";
import path from "node:path";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { HTTP_METHODS } from "@/lib/http/route-methods";
import { setupTestDatabase } from "@/testing/setup-test-database";
import { seed } from "@/prisma/seed/seed";

const APP = path.resolve(import.meta.dirname);
const routeFiles = (readdirSync(APP, { recursive: true }) as string[])
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => file.split(path.sep).join("/"))
  .sort();

// Route segment config Next reads from a route file besides the methods.
const SEGMENT_CONFIG = new Set(["dynamic", "dynamicParams", "revalidate", "fetchCache", "runtime", "preferredRegion", "maxDuration", "generateStaticParams"]);

const database = setupTestDatabase();

beforeAll(async () => {
  await seed(database.db, { adminEmail: "admin@test.example", adminPassword: "admin-pass-123", log: () => {} });
  process.env.STRIPE_WEBHOOK_SECRET ??= "whsec_route_walk_secret";
});

/** A hash of every row of every table: equal before and after means nothing changed. */
async function fingerprint(): Promise<string> {
  const tables = await database.db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations' ORDER BY table_name`;
  const parts: string[] = [];
  for (const { name } of tables) {
    const [row] = await database.db.$queryRawUnsafe<{ hash: string | null }[]>(
      `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${name}" t`,
    );
    parts.push(`${name}:${row.hash}`);
  }
  return parts.join(",");
}

/** The URL a route file serves, with sample values for dynamic segments. */
function urlFor(file: string): string {
  const segments = path.dirname(file).split("/").filter((segment) => segment !== "." && !/^\(.*\)$/.test(segment));
  const filled = segments.map((segment) => (segment.startsWith("[...") ? "session" : segment.startsWith("[") ? "sample-id" : segment));
  return `http://localhost/${filled.join("/")}`;
}

function contextFor(file: string) {
  const params: Record<string, string | string[]> = {};
  for (const segment of path.dirname(file).split("/")) {
    const match = /^\[(\.\.\.)?(.+)\]$/.exec(segment);
    if (match) params[match[2]] = match[1] ? ["session"] : "sample-id";
  }
  return { params: Promise.resolve(params) };
}

type Handler = (request: Request, context: unknown) => Promise<Response>;

it("finds the store's route handlers", () => {
  expect(routeFiles).toEqual(expect.arrayContaining(["api/health/route.ts", "api/stripe/webhook/route.ts", "api/auth/[...nextauth]/route.ts", "admin/orders/export/route.ts"]));
});

describe.each(routeFiles)("%s", (file) => {
  let route: Record<string, unknown>;
  let allowed: string[];

  beforeAll(async () => {
    route = await import(path.join(APP, file));
    if (typeof route.OPTIONS !== "function") return; // the first test says what is missing
    const options = await (route.OPTIONS as Handler)(new NextRequest(urlFor(file), { method: "OPTIONS" }), contextFor(file));
    allowed = (options.headers.get("allow") ?? "").split(", ").filter(Boolean);
  });

  it("exports only known HTTP methods (and segment config), and every one of them", () => {
    for (const name of Object.keys(route)) {
      expect(HTTP_METHODS.includes(name as never) || SEGMENT_CONFIG.has(name), `unknown export ${name}`).toBe(true);
    }
    for (const method of HTTP_METHODS) expect(typeof route[method], `${method}: define the route with routeMethods()`).toBe("function");
    expect(allowed).toContain("OPTIONS");
    expect(allowed.length).toBeGreaterThan(1);
  });

  it("answers every method it does not implement with 405, Allow and a message, changing nothing", async () => {
    expect(allowed, "OPTIONS must answer 204 with Allow: define the route with routeMethods()").toBeDefined();
    const before = await fingerprint();
    for (const method of HTTP_METHODS.filter((m) => !allowed.includes(m))) {
      const response = await (route[method] as Handler)(new NextRequest(urlFor(file), { method, body: method === "GET" || method === "HEAD" ? undefined : "{}" }), contextFor(file));
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow"), method).toBe(allowed.join(", "));
      expect((await response.json()).error, method).toMatch(new RegExp(`^${method} is not allowed here`));
    }
    expect(await fingerprint()).toBe(before);
  });

  it("refuses malformed JSON with 400 and an oversized body with 413 on POST, changing nothing", async ({ skip }) => {
    if (allowed && !allowed.includes("POST")) skip("no POST");
    expect(allowed, "OPTIONS must answer 204 with Allow: define the route with routeMethods()").toBeDefined();
    const post = route.POST as Handler;
    const before = await fingerprint();
    const headers = { "content-type": "application/json" };

    const malformed = await post(new NextRequest(urlFor(file), { method: "POST", headers, body: '{"email": "a@b.c",' }), contextFor(file));
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).error).toMatch(/^The request body is not valid JSON/);

    const huge = JSON.stringify({ padding: "x".repeat(2 * 1024 * 1024) });
    const declared = await post(new NextRequest(urlFor(file), { method: "POST", headers: { ...headers, "content-length": String(huge.length) }, body: huge }), contextFor(file));
    expect(declared.status).toBe(413);
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < huge.length; i += 256 * 1024) controller.enqueue(new TextEncoder().encode(huge.slice(i, i + 256 * 1024)));
        controller.close();
      },
    });
    const streamed = await post(new NextRequest(urlFor(file), { method: "POST", headers, body: chunks, duplex: "half" } as never), contextFor(file));
    expect(streamed.status).toBe(413);
    expect(await fingerprint()).toBe(before);
  });
});
