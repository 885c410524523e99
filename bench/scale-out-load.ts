// Mixed traffic on two instances for 60 s (part of `npm run bench`, not of CI): each autocannon
// connection loops over 10 requests — 7 product and article pages, 2 add-to-cart posts and 1 checkout
// start, the forms posted as a browser without JavaScript posts them, each connection with its own cart
// cookie — half the connections on each instance, as a round-robin balancer would send them.
// Reports status codes and latency, then checks the stock afterwards. Writes bench/scale-out-results.md.
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon, { type Request } from "autocannon";
import pg from "pg";
import { startCluster } from "../e2e/scale-out/cluster";
import { hiddenFields } from "../e2e/scale-out/html-form";

const PORTS = [3211, 3212];
const DURATION_S = Number(process.env.BENCH_SCALE_OUT_SECONDS ?? 60);
const CONNECTIONS_PER_INSTANCE = 16;
const BOUNDARY = "----ultracare-bench";

function multipart(fields: [string, string][]): string {
  return (
    fields.map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join("") +
    `--${BOUNDARY}--\r\n`
  );
}

const cartCookie = (setCookie: string | string[] | undefined) =>
  [setCookie ?? []].flat().map((c) => c.split(";")[0]).find((c) => c.startsWith("uc_cart="));

/** The forms' hidden fields, read once from the pages (the same build serves the same action ids). */
async function readForms(base: string) {
  const addHtml = await (await fetch(`${base}/products/ultragun`)).text();
  const add = hiddenFields(addHtml, 'name="quantity"');
  const first = await fetch(`${base}/products/ultragun`, {
    method: "POST",
    body: multipart([...add, ["quantity", "1"]]),
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: base },
    redirect: "manual",
  });
  const cookie = cartCookie(first.headers.getSetCookie());
  if (!cookie) throw new Error("adding to the cart set no cart cookie");
  const cartHtml = await (await fetch(`${base}/cart`, { headers: { cookie } })).text();
  return { add: multipart([...add, ["quantity", "1"]]), checkout: multipart([...hiddenFields(cartHtml, 'name="email"'), ["email", "load@bench.test"]]) };
}


function trafficMix(base: string, forms: { add: string; checkout: string }, pages: string[]): Request[] {
  const withCart = (request: Request, context: Record<string, unknown>) => ({
    ...request,
    headers: { ...request.headers, ...(context.cookie ? { cookie: String(context.cookie) } : {}) },
  });
  const keepCookie = (_status: number, _body: string, context: Record<string, unknown>, headers?: Record<string, string | string[]>) => {
    const name = Object.keys(headers ?? {}).find((key) => key.toLowerCase() === "set-cookie");
    const cookie = name ? cartCookie(headers?.[name]) : undefined;
    if (cookie) context.cookie = cookie;
  };
  const post = (pathname: string, body: string): Request => ({
    method: "POST",
    path: pathname,
    body,
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, origin: base },
    setupRequest: withCart,
    onResponse: keepCookie,
  });
  return [
    ...pages.map((pathname) => ({ method: "GET" as const, path: pathname })),
    post("/products/ultragun", forms.add),
    post("/products/ultragun", forms.add),
    post("/cart", forms.checkout),
  ];
}

async function main() {
  const started = Date.now();
  const cluster = await startCluster(PORTS.map((port) => ({ port })), { distDir: ".next-bench-scale", skipBuild: process.argv.includes("--skip-build") });
  try {
    const db = new pg.Client({ connectionString: cluster.databaseUrl });
    await db.connect();
    const articles = (await db.query<{ slug: string }>("SELECT slug FROM articles WHERE published_at IS NOT NULL ORDER BY slug LIMIT 3")).rows.map((r) => `/learn/${r.slug}`);
    const pages = ["/products/us111", "/products/ultragun", "/products/ultragun-pro", "/products/ultragun", ...articles, "/learn"].slice(0, 7);
    const before = (await db.query<{ slug: string; stock: number }>("SELECT slug, stock FROM products ORDER BY slug")).rows;

    const runs = await Promise.all(
      PORTS.map(async (port) => {
        const base = `http://127.0.0.1:${port}`;
        const forms = await readForms(base);
        for (const page of pages) await fetch(`${base}${page}`); // first renders, as after a deploy's warm-up
        return autocannon({ url: base, connections: CONNECTIONS_PER_INSTANCE, duration: DURATION_S, requests: trafficMix(base, forms, pages) });
      }),
    );

    const after = (
      await db.query<{ slug: string; stock: number; reserved: number; pending: string; sold: string }>(`
        SELECT p.slug, p.stock, p.reserved,
          COALESCE((SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.product_id = p.id AND o.status = 'PENDING'), 0) AS pending,
          COALESCE((SELECT sum(l.quantity) FROM order_lines l JOIN orders o ON o.id = l.order_id WHERE l.product_id = p.id AND o.status IN ('PAID', 'FULFILLED')), 0) AS sold
        FROM products p ORDER BY p.slug`)
    ).rows;
    const orders = (await db.query<{ status: string; n: string }>("SELECT status, count(*) AS n FROM orders GROUP BY status ORDER BY status")).rows;
    await db.end();

    const codes: Record<string, number> = {};
    for (const run of runs) for (const [code, stat] of Object.entries(run.statusCodeStats)) codes[code] = (codes[code] ?? 0) + stat.count;
    const total = runs.reduce((n, r) => n + r.requests.total, 0);
    const fivexx = Object.entries(codes).filter(([code]) => code.startsWith("5")).reduce((n, [, c]) => n + c, 0);
    const errors = runs.reduce((n, r) => n + r.errors + r.timeouts, 0);
    const consistent = after.every((p) => {
      const was = before.find((b) => b.slug === p.slug)!;
      return p.reserved === Number(p.pending) && p.stock === was.stock && p.reserved <= p.stock && p.reserved >= 0;
    });

    const report = [
      "# Mixed traffic on two instances",
      "",
      "Produced by `npm run bench` (bench/scale-out-load.ts); not part of CI. Two `next start` instances of one build,",
      "one PostgreSQL database (pool of 10 per instance) and Redis for the shared page cache, on this machine.",
      `Each of ${CONNECTIONS_PER_INSTANCE} autocannon connections per instance loops over 10 requests: 7 pages (${pages.join(", ")}),`,
      "2 add-to-cart posts and 1 checkout start (the no-JavaScript form posts, each connection with its own cart cookie).",
      "",
      `- Date: ${new Date().toISOString()}; ${os.cpus().length} cores, Node ${process.version}; load average at the end ${os.loadavg()[0].toFixed(2)}`,
      `- Duration: ${DURATION_S} s per instance, both at once; whole run ${Math.round((Date.now() - started) / 1000)} s`,
      "",
      "| Instance | requests | req/s | p50 ms | p99 ms | max ms | errors + timeouts |",
      "| --- | --- | --- | --- | --- | --- | --- |",
      ...runs.map((r, i) => `| ${PORTS[i]} | ${r.requests.total} | ${Math.round(r.requests.average)} | ${r.latency.p50} | ${r.latency.p99} | ${r.latency.max} | ${r.errors + r.timeouts} |`),
      "",
      `Status codes over ${total} requests: ${Object.entries(codes).map(([c, n]) => `${c}: ${n}`).join(", ")} (303 = sent to the payment page,`,
      "200 on a POST = the form shown again with a message, e.g. the device sold out or the 10-per-line cap).",
      `**5xx: ${fivexx}**, connection errors and timeouts: ${errors}.`,
      "",
      "## Stock afterwards",
      "",
      "Nobody pays in this run, so on-hand stock must be unchanged and every reserved unit must belong to a pending order.",
      "",
      "| Device | stock before | stock after | reserved | in pending orders | in paid orders |",
      "| --- | --- | --- | --- | --- | --- |",
      ...after.map((p) => `| ${p.slug} | ${before.find((b) => b.slug === p.slug)!.stock} | ${p.stock} | ${p.reserved} | ${p.pending} | ${p.sold} |`),
      "",
      `Orders by status: ${orders.map((o) => `${o.status} ${o.n}`).join(", ") || "none"}. Consistent: **${consistent ? "yes" : "NO"}**.`,
      "",
    ].join("\n");
    await writeFile(path.join(import.meta.dirname, "scale-out-results.md"), report);
    console.log(report);
    if (fivexx > 0 || !consistent) process.exitCode = 1;
  } finally {
    await cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
