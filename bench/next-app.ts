// `next build` and `next start` for one app directory, always with the repository's own Next.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { runToEnd, startGroup, waitForHttp, type Environment, type Started } from "./processes";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..");
const NEXT_BIN = path.join(REPO_ROOT, "node_modules/next/dist/bin/next");

// DATABASE_URL: the bench always uses a fresh embedded database; NODE_ENV: next sets it per command.
const DROPPED = new Set(["DATABASE_URL", "NODE_ENV"]);

function cleanEnv(extra: Record<string, string>): Environment {
  const inherited = Object.entries(process.env).filter(([name]) => !DROPPED.has(name));
  return { ...Object.fromEntries(inherited), NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

/**
 * Builds the app and returns the build's output (it holds the route table). A build into another folder
 * (NEXT_DIST_DIR) adds that folder's types to tsconfig.json; the file is put back as it was.
 */
export async function nextBuild(cwd: string, extra: Record<string, string> = {}): Promise<string> {
  const tsconfig = path.join(cwd, "tsconfig.json");
  const before = existsSync(tsconfig) ? await readFile(tsconfig, "utf8") : null;
  try {
    return await runToEnd(process.execPath, [NEXT_BIN, "build"], { cwd, env: cleanEnv(extra) });
  } finally {
    if (before !== null && (await readFile(tsconfig, "utf8")) !== before) await writeFile(tsconfig, before);
  }
}

/** `nodeArgs` go to the server's node process (for example `--cpu-prof`: next start serves in that process). */
export async function nextStart(cwd: string, port: number, extra: Record<string, string>, readyPath: string, nodeArgs: string[] = []): Promise<Started> {
  const server = startGroup(process.execPath, [...nodeArgs, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd,
    env: cleanEnv(extra),
  });
  await waitForHttp(`http://127.0.0.1:${port}${readyPath}`, server);
  return server;
}
