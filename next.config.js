import { securityHeaders } from "./lib/http/security-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Catalog and article reads are cached with 'use cache' + tags; everything else is per request.
  cacheComponents: true,
  partialPrefetching: true,
  // Turbopack cannot load PGlite's WASM from a bundle; Prisma's generated client loads its own runtime.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter"],
  poweredByHeader: false,
  // Lets parallel test servers build side by side (e2e); `.next` otherwise.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  images: { formats: ["image/avif", "image/webp"] },
  async headers() {
    // HSTS and upgrade-insecure-requests only when served over https (APP_URL), never on a local http run.
    const production = process.env.NODE_ENV === "production" && (process.env.APP_URL ?? "").startsWith("https://");
    return [{ source: "/:path*", headers: securityHeaders({ production }) }];
  },
};

export default nextConfig;
