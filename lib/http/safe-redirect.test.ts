import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "./safe-redirect";

const APP_URL = "https://shop.example.com";
const check = (value: unknown) => safeRedirectPath(value, "/account", APP_URL);

describe("safeRedirectPath", () => {
  it.each([
    ["/admin", "/admin"],
    ["/products/us111?x=1", "/products/us111?x=1"],
    ["/account#orders", "/account#orders"],
    ["/search?q=leg%20cramps", "/search?q=leg%20cramps"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"], // an encoded slash stays a path segment on this host
    ["account", "/account"],
    ["https:/evil.example", "/evil.example"], // same scheme, no host: a path on this store, as a browser reads it
    // absolute URLs: this store's origin becomes a path, every other origin is refused
    ["https://shop.example.com/orders/lookup?number=UC-1", "/orders/lookup?number=UC-1"],
    ["HTTPS://SHOP.EXAMPLE.COM/admin", "/admin"],
    ["http://shop.example.com/admin", "/account"], // another scheme is another origin
    ["https://shop.example.com:8443/admin", "/account"],
    ["https://shop.example.com.evil.example/", "/account"],
    ["https://evil.example", "/account"],
    ["https://shop.example.com@evil.example/", "/account"],
  ])("%j -> %s", (input, expected) => {
    expect(check(input)).toBe(expected);
  });

  it.each([
    // what a browser drops or rewrites: tab, newline, carriage return, backslash (raw, as the page receives
    // them once the query string is decoded)
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r/evil.example",
    "/\t\\evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\u0000/evil.example",
    "/\u007f/evil.example",
    // the same, still encoded (double-encoded in the original link)
    "/%09/evil.example",
    "/%0A/evil.example",
    "/%0d/evil.example",
    "/%09%5Cevil.example",
    "/%5Cevil.example",
    // protocol-relative, and paths that resolve to one
    "//evil.example",
    "///evil.example",
    "/.//evil.example",
    "/a/..//evil.example",
    // other schemes
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http:evil.example",
    // not a string
    undefined,
    "",
    ["/a", "/b"],
    42,
  ])("refuses %j", (input) => {
    expect(check(input)).toBe("/account");
  });

  it("uses the caller's fallback", () => {
    expect(safeRedirectPath("//evil.example", "/", APP_URL)).toBe("/");
  });
});
