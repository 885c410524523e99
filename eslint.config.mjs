import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { noForeignRouteComponents } from "./eslint/no-foreign-route-components.mjs";

const TESTS = ["**/*.test.ts", "**/*.test.tsx"];

// One way to draw a picture: components/optimized-image.tsx (server-rendered <img> with next/image's attributes).
const NEXT_IMAGE = {
  name: "next/image",
  importNames: ["default"],
  message: "Use OptimizedImage or imageAttributes from components/optimized-image.tsx: next/image's client component adds about 6 kB to a page's first load.",
};

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: ["lib/generated/**", ".next/**", ".next-*/**", ".data/**", ".tools/**", "playwright-report/**", "test-results/**", "next-env.d.ts"] },

  // Layers (README, Architecture): data flows down, app -> components -> lib, never up.
  {
    files: ["components/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./components",
              from: ["./lib/db.ts", "./lib/database", "./lib/generated"],
              message: "components/ is presentational: pass data in as props from a page, never read the database here.",
            },
          ],
        },
      ],
      "no-restricted-imports": [
        "error",
        { paths: [NEXT_IMAGE], patterns: [{ group: ["@prisma/*"], message: "components/ is presentational: no Prisma here." }] },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [NEXT_IMAGE] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    ignores: TESTS,
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib",
              from: ["./app", "./components", "./prisma", "./testing"],
              message: "lib/ is the bottom layer: it never imports routes, components, prisma/ or test helpers (hand them in instead).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    plugins: { layers: { rules: { "no-foreign-route-components": noForeignRouteComponents } } },
    rules: { "layers/no-foreign-route-components": "error" },
  },
  {
    // Server actions live beside the route that uses them; anywhere else 'use server' turns a module's
    // every export into a public endpoint.
    files: ["**/*.{ts,tsx,js,mjs}"],
    ignores: ["app/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "Program > ExpressionStatement[directive='use server']",
          message: "'use server' files live in app/, beside the route whose forms call them.",
        },
      ],
    },
  },
];

export default config;
