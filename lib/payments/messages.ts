// What a shopper reads when the test provider's pay or cancel button is refused.
export const TEST_PAYMENT_REFUSALS = {
  TEST_PAYMENTS_OFF: "Test payments are switched off on this store.",
  INVALID_LINK: "This payment link is not valid or has expired.",
  NOT_TEST_ORDER: "This order is not a test payment.",
  CANCELLED: "This order was cancelled, so it can no longer be paid. Nothing was charged.",
} as const;

/** What the cart and the receipt say about tax, by tax mode (lib/payments/tax-mode.ts). */
export const TAX_NOTICES = {
  stripe: "Tax is calculated at checkout.",
  excluded: "Prices exclude tax: any sales tax, VAT or GST is not included and may be due on delivery.",
} as const;
