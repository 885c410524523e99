import { describe, expect, it } from "vitest";
import { SALE_EXPIRE_FLOOR_SECONDS, SALE_EXPIRE_MAX_SECONDS, SALE_REVALIDATE_MAX_SECONDS, saleCacheLife } from "./sale-cache-life";

const startsAt = new Date("2026-11-25T00:00:00Z");
const endsAt = new Date("2026-12-09T00:00:00Z");
const at = (iso: string) => new Date(iso).getTime();

describe("saleCacheLife", () => {
  it("a live sale ending within the day is regenerated at its end, not a second later", () => {
    const life = saleCacheLife({ startsAt, endsAt }, at("2026-12-08T21:00:00Z"));
    expect(life.revalidate).toBe(3 * 3600);
    expect(life.expire).toBe(3 * 3600 + 1);
  });

  it("a sale that has not started is regenerated when it starts", () => {
    expect(saleCacheLife({ startsAt, endsAt }, at("2026-11-24T23:00:00Z")).revalidate).toBe(3600);
  });

  it("far from any change, is rebuilt daily (edits revalidate by tag) and served at most a week", () => {
    const life = saleCacheLife({ startsAt, endsAt }, at("2026-11-26T00:00:00Z"));
    expect(life.revalidate).toBe(SALE_REVALIDATE_MAX_SECONDS);
    expect(life.expire).toBe(SALE_EXPIRE_MAX_SECONDS);
  });

  it("is never served past the end, however far off the end is", () => {
    for (let hours = 1; hours <= 24 * 20; hours += 5) {
      const now = endsAt.getTime() - hours * 3600_000;
      const life = saleCacheLife({ startsAt, endsAt }, now);
      expect(now + life.expire * 1000, `${hours} h before the end`).toBeLessThanOrEqual(endsAt.getTime() + 1000);
      expect(now + life.revalidate * 1000).toBeLessThanOrEqual(endsAt.getTime());
    }
  });

  it("in the last minutes, revalidates at the end and expires no later than five minutes on", () => {
    const now = at("2026-12-08T23:59:20Z");
    const life = saleCacheLife({ startsAt, endsAt }, now);
    expect(life.revalidate).toBe(40);
    expect(life.expire).toBe(SALE_EXPIRE_FLOOR_SECONDS);
    expect(now + life.expire * 1000 - endsAt.getTime()).toBeLessThanOrEqual(SALE_EXPIRE_FLOOR_SECONDS * 1000);
  });

  it("rounds up, so an entry never falls due a fraction of a second before the end", () => {
    expect(saleCacheLife({ startsAt, endsAt }, endsAt.getTime() - 1500).revalidate).toBe(2);
  });

  it("an ended sale, an open-ended one and no sale change by edits only", () => {
    for (const life of [
      saleCacheLife({ startsAt, endsAt }, at("2026-12-10T00:00:00Z")),
      saleCacheLife({ startsAt, endsAt: null }, at("2026-11-26T00:00:00Z")),
      saleCacheLife(null, at("2026-11-26T00:00:00Z")),
    ]) {
      expect(life.revalidate).toBe(SALE_REVALIDATE_MAX_SECONDS);
      expect(life.expire).toBe(SALE_EXPIRE_MAX_SECONDS);
    }
  });

  it("always gives Next a valid, prerenderable lifetime", () => {
    for (let s = -600; s <= 600; s += 7) {
      const life = saleCacheLife({ startsAt, endsAt }, endsAt.getTime() + s * 1000);
      expect(life.revalidate).toBeGreaterThanOrEqual(1);
      expect(life.expire).toBeGreaterThan(life.revalidate);
      expect(life.expire).toBeGreaterThanOrEqual(SALE_EXPIRE_FLOOR_SECONDS);
      expect(life.stale).toBeGreaterThanOrEqual(30);
    }
  });
});
