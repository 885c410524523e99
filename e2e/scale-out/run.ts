// `npm run test:scale-out`: instances A and B of one build sharing PostgreSQL and Redis, and C on a Redis
// of its own (the outage test stops it), then e2e/scale-out/*.spec.ts against them. CI runs it after the
// PostgreSQL integration suite. SCALE_OUT_SKIP_BUILD=1 reuses the last build while iterating.
import { sh, startCluster } from "./cluster";
import { SCALE_OUT } from "./settings";

async function main() {
  const cluster = await startCluster(
    [
      { port: SCALE_OUT.portA },
      { port: SCALE_OUT.portB },
      { port: SCALE_OUT.portC, env: { REDIS_URL: `redis://127.0.0.1:${SCALE_OUT.privateRedisPort}` } },
    ],
    { skipBuild: !!process.env.SCALE_OUT_SKIP_BUILD && !process.env.CI },
  );
  let failed = false;
  try {
    await sh("npx", ["playwright", "test", "--config", "e2e/scale-out/playwright.config.ts", ...process.argv.slice(2)], {
      ...process.env,
      SCALE_OUT_DATABASE: cluster.databaseUrl,
    });
  } catch (error) {
    failed = true;
    console.error(error instanceof Error ? error.message : error);
  } finally {
    await cluster.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
