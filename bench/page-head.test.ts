import { describe, expect, it } from "vitest";
import { metadataPlacement } from "./page-head";

describe("metadataPlacement", () => {
  it("tells metadata in <head> from metadata streamed into <body>", () => {
    const html = `<html><head><title>Shop</title><link rel="canonical" href="http://localhost:3000"/></head>
      <body><div hidden><meta name="description" content="Relief"/><link rel="canonical" href="http://127.0.0.1:4000/p"/></div></body></html>`;
    expect(metadataPlacement(html)).toEqual({
      title: "head",
      description: "body",
      canonical: "head",
      canonicalUrls: ["http://localhost:3000", "http://127.0.0.1:4000/p"],
    });
  });

  it("reports missing tags", () => {
    expect(metadataPlacement("<html><head></head><body><h1>Hi</h1></body></html>")).toEqual({
      title: "missing",
      description: "missing",
      canonical: "missing",
      canonicalUrls: [],
    });
  });
});
