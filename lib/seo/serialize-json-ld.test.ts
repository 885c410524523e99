import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./serialize-json-ld";

describe("serializeJsonLd", () => {
  it("cannot close its script tag or open a comment, and still parses to the same value", () => {
    const value = { name: "Gun </script><script>alert(1)</script> & <!-- co", note: "line\u2028break" };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});
