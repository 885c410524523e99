// Child processes in their own process groups, so stopping one also stops what it started
// (next start forks next-server; chromium forks renderers).
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";

const running = new Set<ChildProcess>();

/** A child's environment. (Next's types make NODE_ENV required on NodeJS.ProcessEnv; a child may go without.) */
export type Environment = Record<string, string | undefined>;

export type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

export function startGroup(command: string, args: string[], options: { cwd: string; env: Environment }): Started {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env as NodeJS.ProcessEnv, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((resolve) => {
    child.on("exit", (code) => {
      running.delete(child);
      resolve(code);
    });
  });
  return { child, output: () => output, exited };
}

/** Runs a command to completion; rejects with its last output when it fails. */
export async function runToEnd(command: string, args: string[], options: { cwd: string; env: Environment }): Promise<string> {
  const started = startGroup(command, args, options);
  const code = await started.exited;
  if (code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${code}:\n${started.output().slice(-4000)}`);
  return started.output();
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** SIGTERM to the whole group, SIGKILL after a grace period. */
export async function stopGroup(started: Started, graceMs = 5000): Promise<void> {
  const pid = started.child.pid;
  if (pid === undefined || started.child.exitCode !== null || started.child.signalCode !== null) return;
  signalGroup(pid, "SIGTERM");
  const timedOut = await Promise.race([started.exited.then(() => false), delay(graceMs).then(() => true)]);
  // next start's worker may outlive its parent: always finish the group.
  signalGroup(pid, "SIGKILL");
  if (timedOut) await started.exited;
}

/** Last resort on Ctrl-C or a crash: kill every group still running. */
export function killAllGroups() {
  for (const child of running) if (child.pid !== undefined) signalGroup(child.pid, "SIGKILL");
}

/** Runs a bench script's main: every server it started is killed on an interrupt or a failure. */
export function runMain(main: () => Promise<void>): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const)
    process.on(signal, () => {
      killAllGroups();
      process.exit(130);
    });
  main().catch((error: unknown) => {
    killAllGroups();
    console.error(error);
    process.exitCode = 1;
  });
}

/** A port nothing listens on: `wanted` when it is free, else one the system picks. */
export function freePort(wanted = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (wanted !== 0 && error.code === "EADDRINUSE") resolve(freePort());
      else reject(error);
    });
    server.listen(wanted, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

export async function waitForHttp(url: string, started: Started, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`server exited before ${url} answered:\n${started.output().slice(-4000)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(500);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s:\n${started.output().slice(-4000)}`);
}

export function delay(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
