import { createRequire } from "node:module";
import { securityHeaders } from "./lib/http/security-headers.js";

const require = createRequire(import.meta.url);

// Several instances share one cache on Redis when REDIS_URL is set (read again by `next start`), so a
// revalidation on one reaches all; without it each process keeps Next's own cache. lib/cache/ falls
// back to the per-process cache by itself while Redis is unreachable. The page cache handler is always
// ours: it also keeps 404 pages out of the cache (lib/cache/page-cache-handler.js says why).
const pageCache = { cacheHandler: require.resolve("./lib/cache/page-cache-handler.js") };
const sharedCache = process.env.REDIS_URL
  ? {
      cacheHandlers: {
        default: require.resolve("./lib/cache/use-cache-handler.js"),
        remote: require.resolve("./lib/cache/use-cache-handler.js"),
      },
    }
  : {};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Catalog and article reads are cached with 'use cache' + tags; everything else is per request.
  cacheComponents: true,
  partialPrefetching: true,
  // Turbopack cannot load PGlite's WASM from a bundle; Prisma's generated client loads its own runtime.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  ...pageCache,
  ...sharedCache,
  poweredByHeader: false,
  // No ETag on pages: Next hashes the whole HTML (50 kB on a product page) on every response to make one, 10% of
  // a cached page's CPU on a quiet machine; off, the product page served 1,007 req/s against 857 (bench/results.md).
  // Browsers re-download a page instead of getting a 304; /_next/static files are immutable and keep their caching.
  generateEtags: false,
  // Lets parallel test servers build side by side (e2e); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: {
    formats: ["image/avif", "image/webp"],
    // Widths the optimizer offers (each one is a srcset entry written into the page's HTML and its RSC payload,
    // about 70 bytes apiece). No picture is drawn wider than 576 CSS px (the product page's main picture, half of
    // a 1,152 px screen), and the product photos are 1,200 px: 2x and 3x screens are covered by 1,200, so the
    // defaults' 1,920-3,840 entries only repeated the original file and made every page longer.
    deviceSizes: [640, 828, 1200],
    imageSizes: [96, 192, 384],
  },
  experimental: {
    // The largest real form is the article editor (60,000 characters, about 240 kB); no uploads.
    serverActions: { bodySizeLimit: "512kb" },
    // What the proxy (proxy.ts, on every request) buffers; route handlers set their own smaller limits.
    proxyClientMaxBodySize: "1mb",
  },
  // The home page is cached whole at /home/current (app/home/[edition]/page.tsx says why a param route);
  // shoppers and search engines only ever see `/`.
  async rewrites() {
    return { beforeFiles: [{ source: "/", destination: "/home/current" }], afterFiles: [], fallback: [] };
  },
  async redirects() {
    return [{ source: "/home/:edition*", destination: "/", permanent: true }];
  },
  async headers() {
    // HSTS and upgrade-insecure-requests only when served over https (APP_URL), never on a local http run; eval
    // only under `next dev`.
    const development = process.env.NODE_ENV !== "production";
    const https = !development && (process.env.APP_URL ?? "").startsWith("https://");
    // "/(.*)" rather than "/:path*": an unnamed group leaves no route params, and with none Next sends the values
    // as they are; with a named one it recompiles every value holding a colon (the CSP) through path-to-regexp on
    // every response, 10-12% of a cached page's CPU (bench/results.md, "Where the time goes").
    return [{ source: "/(.*)", headers: securityHeaders({ development, https }) }];
  },
};

export default nextConfig;
