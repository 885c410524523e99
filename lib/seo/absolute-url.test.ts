import { describe, expect, it } from "vitest";
import { absoluteUrl } from "./absolute-url";

describe("absoluteUrl", () => {
  it.each([
    ["/products/us111", "https://shop.test", "https://shop.test/products/us111"],
    ["/products/us111", "https://shop.test/", "https://shop.test/products/us111"],
    ["/", "https://shop.test", "https://shop.test/"],
    ["/images/products/us111.png", "https://shop.test/store", "https://shop.test/store/images/products/us111.png"],
    ["/learn", "http://127.0.0.1:3301", "http://127.0.0.1:3301/learn"],
  ])("%s on %s -> %s", (path, base, expected) => {
    expect(absoluteUrl(path, base)).toBe(expected);
  });
});
