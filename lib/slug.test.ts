import { describe, expect, it } from "vitest";
import { isSlug } from "./slug";

describe("isSlug", () => {
  it.each(["ultragun", "night-calf-cramps", "us111", "a-1-b", "x".repeat(120)])("accepts %j as an article's", (text) =>
    expect(isSlug(text, "article")).toBe(true),
  );

  it.each(["", "Night-Cramps", "-lead", "trail-", "double--dash", "with space", "ünïcode", "a/b", "x".repeat(121)])("refuses %j", (text) =>
    expect(isSlug(text, "article")).toBe(false),
  );

  it("holds a product's to its shorter limit", () => {
    expect(isSlug("x".repeat(60), "product")).toBe(true);
    expect(isSlug("x".repeat(61), "product")).toBe(false);
  });
});
