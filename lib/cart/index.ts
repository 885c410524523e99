export { addLine, removeLine, setLineQuantity } from "./change-lines";
export { applyCouponCode, removeCouponCode, type ApplyCouponResult } from "./apply-coupon";
export { countCartItems, countCurrentCartItems } from "./count-items";
export { EMPTY_CART, getCartView, type CartLineIssue, type CartLineView, type CartShipping, type CartView } from "./cart-view";
export { currentCustomer, ensureCurrentCartId, findCurrentCartId } from "./current-cart";
export type { CartError, CartResult } from "./errors";
export { mergeGuestCart } from "./merge-carts";
export { MAX_PER_LINE, maxQuantity } from "./quantity";
export { setDestinationCountry, type SetDestinationResult } from "./set-destination";
