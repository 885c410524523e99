import { describe, expect, it } from "vitest";
import { ensureBrowser, NO_BROWSER_MESSAGE, type BrowserSources } from "./ensure-browser";

/** A machine whose browser appears after the named install step succeeds. */
function machine(options: { present?: string; apt?: boolean; aptWorks?: boolean; downloadWorks?: boolean }) {
  let browser = options.present;
  const calls: string[] = [];
  const lines: string[] = [];
  const sources: BrowserSources = {
    find: () => browser,
    canUseApt: () => options.apt ?? false,
    installDebianChromium: () => {
      calls.push("apt");
      if (options.aptWorks) browser = "/usr/bin/chromium";
      return !!options.aptWorks;
    },
    installPlaywrightChromium: () => {
      calls.push("playwright");
      if (options.downloadWorks) browser = "/root/.cache/ms-playwright/chrome";
      return !!options.downloadWorks;
    },
    log: (line) => lines.push(line),
  };
  return { sources, calls, lines };
}

describe("ensureBrowser", () => {
  it("uses a browser that is already there and installs nothing", () => {
    const m = machine({ present: "/usr/bin/chromium", apt: true, aptWorks: true });
    expect(ensureBrowser(m.sources)).toBe("/usr/bin/chromium");
    expect(m.calls).toEqual([]);
  });

  it("installs Debian's chromium as root on Debian before trying Playwright's download", () => {
    const m = machine({ apt: true, aptWorks: true, downloadWorks: true });
    expect(ensureBrowser(m.sources)).toBe("/usr/bin/chromium");
    expect(m.calls).toEqual(["apt"]);
  });

  it("falls back to Playwright's download when apt is not usable or fails", () => {
    expect(ensureBrowser(machine({ apt: false, downloadWorks: true }).sources)).toBe("/root/.cache/ms-playwright/chrome");
    const failedApt = machine({ apt: true, aptWorks: false, downloadWorks: true });
    expect(ensureBrowser(failedApt.sources)).toBe("/root/.cache/ms-playwright/chrome");
    expect(failedApt.calls).toEqual(["apt", "playwright"]);
  });

  it("stops with one sentence that says what to run when nothing works", () => {
    const m = machine({ apt: true, aptWorks: false, downloadWorks: false });
    expect(ensureBrowser(m.sources)).toBeNull();
    expect(m.lines.at(-1)).toBe(NO_BROWSER_MESSAGE);
    expect(NO_BROWSER_MESSAGE).toMatch(/apt-get install -y chromium/);
  });
});
