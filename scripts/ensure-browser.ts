// `npm run test:browser` (first step of `npm test`, `test:e2e` and `test:scale-out`): find a Chromium for
// Playwright, or get one. In order: Debian's /usr/bin/chromium; Playwright's own browser; on Debian or Ubuntu
// as root, Debian's `chromium` package; `npx playwright install chromium` where downloads work; else one
// sentence that says what to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { playwrightChromiumPath, systemChromiumPath } from "../e2e/browser";

export type BrowserSources = {
  find: () => string | undefined;
  canUseApt: () => boolean;
  installDebianChromium: () => boolean;
  installPlaywrightChromium: () => boolean;
  log: (line: string) => void;
};

export const NO_BROWSER_MESSAGE =
  "test:browser: no browser for the end-to-end tests. Install Chromium (as root on Debian or Ubuntu: " +
  "`apt-get install -y chromium`), or run `npx playwright install --with-deps chromium`, then run `npm test` again.";

/** The path of the browser found or installed, or null after printing what to run. */
export function ensureBrowser(sources: BrowserSources): string | null {
  const existing = sources.find();
  if (existing) {
    sources.log(`test:browser: using ${existing}`);
    return existing;
  }
  sources.log("test:browser: no Chromium found; getting one (once per machine).");
  const attempts = [() => sources.canUseApt() && sources.installDebianChromium(), sources.installPlaywrightChromium];
  for (const attempt of attempts) {
    const installed = attempt() ? sources.find() : undefined;
    if (installed) {
      sources.log(`test:browser: using ${installed}`);
      return installed;
    }
  }
  sources.log(NO_BROWSER_MESSAGE);
  return null;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`test:browser: ${command} ${args.join(" ")}`);
  return spawnSync(command, args, { stdio: "inherit", env }).status === 0;
}

const machine: BrowserSources = {
  find: () => systemChromiumPath() ?? playwrightChromiumPath(),
  canUseApt: () => process.getuid?.() === 0 && existsSync("/usr/bin/apt-get") && existsSync("/etc/debian_version"),
  installDebianChromium: () => {
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    return run("apt-get", ["update", "-qq"], env) && run("apt-get", ["install", "-y", "-qq", "chromium"], env);
  },
  installPlaywrightChromium: () => run("npx", ["playwright", "install", "chromium"]),
  log: (line) => console.log(line),
};

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  process.exit(ensureBrowser(machine) ? 0 : 1);
}
