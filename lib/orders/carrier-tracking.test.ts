import { describe, expect, it } from "vitest";
import { trackingUrl } from "./carrier-tracking";

describe("trackingUrl", () => {
  it.each([
    ["UPS", "1Z999AA10123456784", "https://www.ups.com/track?tracknum=1Z999AA10123456784"],
    ["USPS", "9400100000000000000000", "https://tools.usps.com/go/TrackConfirmAction?tLabels=9400100000000000000000"],
    ["FedEx", "123456789012", "https://www.fedex.com/fedextrack/?trknbr=123456789012"],
    ["DHL Express", "JD014600003828", "https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=JD014600003828"],
    ["royal mail", "AB123456789GB", "https://www.royalmail.com/track-your-item#/tracking-results/AB123456789GB"],
    ["Canada Post", "1234567890123456", "https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=1234567890123456"],
    ["Australia Post", "ABC123", "https://auspost.com.au/mypost/track/details/ABC123"],
  ])("links %s numbers to the carrier's tracking page", (carrier, number, url) => {
    expect(trackingUrl(carrier, number)).toBe(url);
  });

  it("encodes the number, so a typed number cannot change the carrier's address", () => {
    expect(trackingUrl("UPS", " 1Z 99&x=1#y ")).toBe("https://www.ups.com/track?tracknum=1Z%2099%26x%3D1%23y");
  });

  it("gives no link for a carrier it does not know or a missing number", () => {
    expect(trackingUrl("Bob's Couriers", "123")).toBeNull();
    expect(trackingUrl(null, "123")).toBeNull();
    expect(trackingUrl("UPS", "  ")).toBeNull();
  });
});
