export { listAdminShippingZones, type AdminShippingZone } from "./list-admin-shipping-zones";
export { shippingZoneRefusal, shippingZoneSavedMessage } from "./messages";
export { shippingZoneSchema, type ShippingZoneInput } from "./shipping-zone-schema";
export { updateShippingZone, type UpdateShippingZoneResult } from "./update-shipping-zone";
