import { describe, expect, it } from "vitest";
import { serializeJsonLd } from "./serialize-json-ld";

describe("serializeJsonLd", () => {
  it("cannot close its script tag or open a comment, and still parses to the same value", () => {
    const value = { name: "Gun </script><script>alert(1)</script> & <!-- co", note: "line\u2028break" };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it("cannot be closed from inside an article's headline either: the value round-trips", () => {
    const data = { headline: '</script><script>alert("x")</script>', text: "a\u2028b" };
    const json = serializeJsonLd(data);
    expect(json).not.toContain("<");
    expect(json).not.toContain("\u2028");
    expect(JSON.parse(json)).toEqual(data);
  });
});
