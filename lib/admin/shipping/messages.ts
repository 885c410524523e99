// What an editor reads after saving a shipping zone.
import type { RefusalText } from "../../actions/messages";
import type { UpdateShippingZoneResult } from "./update-shipping-zone";

type Refusal = Extract<UpdateShippingZoneResult, { ok: false }>;

export function shippingZoneRefusal(refusal: Refusal): RefusalText {
  switch (refusal.code) {
    case "NOT_FOUND":
      return "This zone no longer exists. Reload the page.";
    case "COUNTRY_IN_OTHER_ZONE":
      return {
        field: "countries",
        message: `${refusal.countries.join(", ")} ${refusal.countries.length === 1 ? "is" : "are"} already in ${refusal.zoneName}. A country can be in one active zone only.`,
      };
  }
}

export const shippingZoneSavedMessage = (changed: boolean) =>
  changed ? "Saved. Carts and product pages use the new shipping now." : "Nothing changed: the zone already has these values.";
