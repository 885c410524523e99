import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";


describe("isSameOrigin", () => {
  it.each([
    [{ origin: "https://shop.example" }, true],
    [{ origin: "https://shop.example", "sec-fetch-site": "same-origin" }, true],
    [{ "sec-fetch-site": "same-origin" }, true],
    [{ origin: "https://evil.example" }, false],
    [{ origin: "http://shop.example" }, false],
    [{ origin: "null" }, false],
    [{ "sec-fetch-site": "cross-site" }, false],
    [{}, false],
  ])("%j -> %s", (headers, expected) => {
    expect(isSameOrigin(new Headers(headers), "https://shop.example")).toBe(expected);
  });
});
