import { describe, expect, it } from "vitest";
import { parseRouteMarks } from "./route-marks";

const output = `Route (app)
┌ ◐ /
├ ◐ /_not-found
├ ƒ /guide
├ ○ /icon.svg
├   /learn/[slug]
│ └ ◐ /learn/[slug]
├ ◐ /no-access
├ ƒ /robots.txt
└ ƒ /sitemap.xml


ƒ Proxy (Middleware)

○  (Static)             prerendered as static content
◐  (Partial Prerender)  prerendered as static HTML with dynamic server-streamed content`;

describe("parseRouteMarks", () => {
  it("reads each route's mark, including nested rows, and skips the legend", () => {
    const marks = parseRouteMarks(output);
    expect(marks.get("/")).toBe("partial");
    expect(marks.get("/icon.svg")).toBe("static");
    expect(marks.get("/learn/[slug]")).toBe("partial");
    expect(marks.get("/robots.txt")).toBe("dynamic");
    expect([...marks.keys()]).not.toContain("Proxy");
    expect(marks.size).toBe(8);
  });
});
