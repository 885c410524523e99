import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "./safe-redirect";

describe("safeCallbackUrl", () => {
  it.each([
    ["/admin", "/admin"],
    ["/products/us111?x=1", "/products/us111?x=1"],
    ["//evil.example", "/account"],
    ["/\\evil.example", "/account"],
    ["https://evil.example", "/account"],
    [undefined, "/account"],
    [["/a", "/b"], "/account"],
  ])("%j -> %s", (input, expected) => {
    expect(safeCallbackUrl(input)).toBe(expected);
  });
});
