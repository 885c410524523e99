// The bench's own unit tests (parsers, report). Kept out of `npm test`: run with
// `npx vitest run --config bench/vitest.config.ts`.
import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { name: "bench", environment: "node", include: ["bench/**/*.test.ts"], root: path.resolve(import.meta.dirname, "..") },
});
