import { describe, expect, it } from "vitest";
import { gzipBytes, scriptTags } from "./first-load-js";

describe("scriptTags", () => {
  it("lists each script file once, in order, and marks nomodule polyfills", () => {
    const html = `<head><link rel="preload" as="script" href="/_next/a.js"/>
      <script src="/_next/a.js" async=""></script><script src="/_next/poly.js" noModule=""></script></head>
      <body><script>self.__next_f.push([1,"src=\\"/fake.js\\""])</script>
      <script src='/_next/b.js?v=1&amp;x=2' id="_R_" async></script><script src="/_next/a.js" async=""></script>
      <script type="application/ld+json">{"a":1}</script></body>`;
    expect(scriptTags(html)).toEqual([
      { src: "/_next/a.js", noModule: false },
      { src: "/_next/poly.js", noModule: true },
      { src: "/_next/b.js?v=1&x=2", noModule: false },
    ]);
  });

  it("finds nothing in a page without script files", () => {
    expect(scriptTags("<html><body><script>inline()</script></body></html>")).toEqual([]);
  });
});

describe("gzipBytes", () => {
  it("measures the compressed size, far below the raw size for repetitive code", () => {
    const code = "function add(a, b) { return a + b; }\n".repeat(500);
    expect(gzipBytes(code)).toBeLessThan(code.length / 20);
    expect(gzipBytes(code)).toBeGreaterThan(0);
  });
});
