import { describe, expect, it } from "vitest";
import { countryName, countryOptions, isCountryCode } from "./country-names";
import { likelyCountry } from "./likely-country";
import { deliveryEstimateText, homeDeliveryText, shipsToText } from "./messages";
import { priceShipping } from "./price-shipping";
import { resolveDestination } from "./resolve-destination";
import { shippedCountries, zoneForCountry } from "./zone-for-country";

const US = { rateCents: 995, freeShippingOverCents: 15000 };

describe("priceShipping", () => {
  it.each([
    [0, 995],
    [14999, 995],
    [15000, 0],
    [15001, 0],
  ])("a US order of %i cents after discount pays %i cents", (afterDiscount, shipping) => {
    expect(priceShipping(US, afterDiscount)).toBe(shipping);
  });

  it("never ships free when the zone has no threshold", () => {
    expect(priceShipping({ rateCents: 2500, freeShippingOverCents: null }, 10_000_000)).toBe(2500);
  });

  it("ships everything free with a threshold of zero", () => {
    expect(priceShipping({ rateCents: 2500, freeShippingOverCents: 0 }, 0)).toBe(0);
  });
});

const ZONES = [
  { name: "United States", countries: ["US"] },
  { name: "UK and EU", countries: ["GB", "DE", "FR"] },
  { name: "Australia and New Zealand", countries: ["AU", "NZ"] },
];

describe("zoneForCountry", () => {
  it.each([
    ["US", "United States"],
    ["nz", "Australia and New Zealand"],
    [" de ", "UK and EU"],
  ])("%s ships with %s", (country, zone) => {
    expect(zoneForCountry(ZONES, country)?.name).toBe(zone);
  });

  it("finds no zone for a country the store does not ship to", () => {
    expect(zoneForCountry(ZONES, "JP")).toBeNull();
    expect(zoneForCountry(ZONES, "")).toBeNull();
  });

  it("lists each shipped country once, in the zones' order", () => {
    expect(shippedCountries([...ZONES, { countries: ["US"] }])).toEqual(["US", "GB", "DE", "FR", "AU", "NZ"]);
  });
});

describe("likelyCountry", () => {
  const shipped = ["US", "GB", "DE", "AU", "NZ"];
  it.each([
    ["en-GB,en;q=0.9", "GB"],
    ["en-AU", "AU"],
    ["fr-CH,fr;q=0.9,de-DE;q=0.8", "DE"], // Switzerland is not shipped to: the next region that is
    ["de-DE;q=0.5,en-NZ;q=0.9", "NZ"], // the most wanted first, whatever the order
    ["en", "US"],
    ["ja-JP", "US"],
    ["zh-Hant-AU", "AU"], // a script subtag before the region
    ["", "US"],
    [null, "US"],
  ])("%s -> %s", (header, country) => {
    expect(likelyCountry(header, shipped)).toBe(country);
  });

  it("falls back to the first shipped country when the home country is not shipped to, and to none when none is", () => {
    expect(likelyCountry("en-US", ["CA", "GB"])).toBe("CA");
    expect(likelyCountry("en-US", [])).toBeNull();
  });
});

describe("country names and codes", () => {
  it("names countries in English and sorts a picker by name", () => {
    expect(countryName("AU")).toBe("Australia");
    expect(countryOptions(["US", "AU", "GB"]).map((o) => o.name)).toEqual(["Australia", "United Kingdom", "United States"]);
  });

  it.each([["US", true], ["GB", true], ["UK", false], ["EU", false], ["ZZ", false], ["XX", false], ["us", false], ["USA", false]])(
    "%s is a country code: %s",
    (code, valid) => {
      expect(isCountryCode(code as string)).toBe(valid);
    },
  );
});

describe("delivery texts", () => {
  it("says the estimate in business days", () => {
    expect(deliveryEstimateText({ minDays: 3, maxDays: 5 })).toBe("Delivery in 3–5 business days");
    expect(deliveryEstimateText({ minDays: 1, maxDays: 1 })).toBe("Delivery in 1 business day");
    expect(shipsToText("US", { minDays: 3, maxDays: 5 })).toBe("Ships to the United States in 3–5 business days");
    expect(shipsToText("AU", { minDays: 7, maxDays: 12 })).toBe("Ships to Australia in 7–12 business days");
  });

  it("gives cached pages the home country's estimate, or nothing when the store does not ship there", () => {
    const zone = (countries: string[], minDays: number, maxDays: number) => ({ id: "z", name: "z", countries, rateCents: 995, freeShippingOverCents: null, minDays, maxDays });
    expect(homeDeliveryText([zone(["CA"], 5, 8), zone(["US"], 3, 5)])).toBe("Ships to the United States in 3–5 business days");
    expect(homeDeliveryText([zone(["CA"], 5, 8)])).toBeNull();
  });
});

describe("resolveDestination", () => {
  const zone = (name: string, countries: string[]) => ({ id: name, name, countries, rateCents: 995, freeShippingOverCents: null, minDays: 3, maxDays: 5 });
  const zones = [zone("United States", ["US"]), zone("Australia and New Zealand", ["AU", "NZ"])];

  it("takes the shopper's choice over the browser's languages", () => {
    expect(resolveDestination(zones, "AU", "en-US")).toMatchObject({ country: "AU", chosen: true, zone: { name: "Australia and New Zealand" } });
  });

  it("guesses from the browser's languages until the shopper chooses", () => {
    expect(resolveDestination(zones, null, "en-NZ,en;q=0.8")).toMatchObject({ country: "NZ", chosen: false, zone: { name: "Australia and New Zealand" } });
    expect(resolveDestination(zones, null, "en-GB")).toMatchObject({ country: "US", chosen: false });
  });

  it("keeps a stored choice no zone covers any more, without a zone, so the cart can say so", () => {
    expect(resolveDestination(zones, "GB", "en-US")).toEqual({ country: "GB", zone: null, chosen: true });
  });

  it("has no destination when no zone is active", () => {
    expect(resolveDestination([], null, "en-US")).toBeNull();
  });
});
