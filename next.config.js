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
};

export default nextConfig;
