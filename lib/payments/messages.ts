// What a shopper reads when the test provider's pay or cancel button is refused.
export const TEST_PAYMENT_REFUSALS = {
  TEST_PAYMENTS_OFF: "Test payments are switched off on this store.",
  INVALID_LINK: "This payment link is not valid.",
  NOT_TEST_ORDER: "This order is not a test payment.",
} as const;
