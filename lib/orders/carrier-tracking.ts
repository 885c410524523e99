// Where a buyer follows a parcel: the carriers staff ship with and each one's public tracking page. Staff
// type the carrier's name, so names are matched loosely ("DHL Express", "fedex", "Royal Mail").
type Carrier = { names: string[]; url: (trackingNumber: string) => string };

const CARRIERS: Carrier[] = [
  { names: ["ups"], url: (n) => `https://www.ups.com/track?tracknum=${n}` },
  { names: ["usps", "unitedstatespostalservice"], url: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}` },
  { names: ["fedex", "federalexpress"], url: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}` },
  { names: ["dhl", "dhlexpress"], url: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}` },
  { names: ["royalmail"], url: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}` },
  { names: ["canadapost", "postescanada"], url: (n) => `https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=${n}` },
  { names: ["australiapost", "auspost"], url: (n) => `https://auspost.com.au/mypost/track/details/${n}` },
];

const key = (name: string) => name.toLowerCase().replace(/[^a-z]/g, "");

/** The carrier's tracking page for this number, or null when the carrier is not one we know. */
export function trackingUrl(carrier: string | null | undefined, trackingNumber: string | null | undefined): string | null {
  const number = trackingNumber?.trim();
  if (!carrier || !number) return null;
  const match = CARRIERS.find((c) => c.names.includes(key(carrier)));
  return match ? match.url(encodeURIComponent(number)) : null;
}
