// Which Chromium the Playwright suites drive, shared by every playwright config and `npm run test:browser`.
import { existsSync } from "node:fs";
import { chromium, type LaunchOptions } from "@playwright/test";

/** Debian's and Ubuntu's Chromium: preferred, because Playwright's own download is not reachable everywhere. */
const SYSTEM_CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

export function systemChromiumPath(): string | undefined {
  return SYSTEM_CHROMIUM_PATHS.find((path) => existsSync(path));
}

/** The browser `npx playwright install chromium` puts under ~/.cache/ms-playwright, if it is there. */
export function playwrightChromiumPath(): string | undefined {
  const path = chromium.executablePath();
  return existsSync(path) ? path : undefined;
}

export function chromiumLaunchOptions(): LaunchOptions {
  return {
    // undefined lets Playwright use its own browser.
    executablePath: systemChromiumPath(),
    // As root Chromium needs --no-sandbox; the rest stop its background connections, which a closed network refuses.
    args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-gpu"],
  };
}
