// What the numbers were measured on: they only compare within one run on one machine.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT } from "./next-app";

export type Machine = { cores: number; cpu: string; memoryGb: number; node: string; next: string; react: string };

function packageVersion(name: string): string {
  const file = path.join(REPO_ROOT, "node_modules", name, "package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

export function describeMachine(): Machine {
  return {
    cores: os.availableParallelism(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    memoryGb: Math.round(os.totalmem() / 1e9),
    node: process.version,
    next: packageVersion("next"),
    react: packageVersion("react"),
  };
}

/** One-minute load average: above the core count, other processes were competing for the CPU. */
export function loadAverage(): number {
  return Math.round(os.loadavg()[0] * 100) / 100;
}

/** Which code was measured: the build takes the working tree, including changes not yet committed. */
export function describeSource(): { commit: string; changedFiles: number } {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: REPO_ROOT, encoding: "utf8" });
  try {
    const changedFiles = git("status", "--porcelain", "--", "app", "components", "lib", "prisma", "proxy.ts", "next.config.js")
      .split("\n")
      .filter(Boolean).length;
    return { commit: git("rev-parse", "--short", "HEAD").trim(), changedFiles };
  } catch {
    return { commit: "unknown", changedFiles: 0 };
  }
}
