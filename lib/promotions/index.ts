export { getCurrentFlashSale, type CurrentFlashSale } from "./get-current-flash-sale";
export { FLASH_SALE_CODE } from "./get-flash-sale";
export { isLive } from "./is-live";
export { flashSaleOffer } from "./flash-sale-offer";
export { saleCacheLife } from "./sale-cache-life";
export type { FlashSale, FlashSaleOffer } from "./types";
