// What a shopper reads about stock alerts: the form's answers, the link pages' refusals and the e-mails.

const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};

/** The same answer whether or not the address already waits for this device: it tells a stranger nothing. */
export const ALERT_REQUESTED = "Check your inbox to confirm the alert. Once it is confirmed, we e-mail you once when this device is back.";

export const alertRequestsRateLimited = (retryAfterSeconds: number) =>
  `Too many alert requests from your network. Try again in ${inMinutes(retryAfterSeconds)}.`;

export const PRODUCT_NOT_SOLD = "This device is no longer sold, so there is nothing to wait for.";

export const LINK_REFUSALS = {
  TOKEN_UNKNOWN: "This link is not valid: it is incomplete or was changed. Open it again from the e-mail, or ask for a new alert on the device's page.",
  TOKEN_EXPIRED: "This confirmation link has expired. Ask for a new alert on the device's page; its link works for a week.",
  UNSUBSCRIBED: "You unsubscribed from this alert, so it stays off. Ask for a new alert on the device's page if you want it back.",
} as const;

export type LinkRefusalCode = keyof typeof LINK_REFUSALS;

const footer = (unsubscribeLink: string) => ["", `Stop this alert: ${unsubscribeLink}`];

export function confirmAlertMail({ productName, confirmLink, unsubscribeLink }: { productName: string; confirmLink: string; unsubscribeLink: string }) {
  return {
    subject: `Confirm your alert for the ${productName}`,
    text: [
      `Someone (hopefully you) asked us to e-mail this address when the ${productName} is back in stock.`,
      "",
      `Confirm the alert here: ${confirmLink}`,
      "",
      "The link works for a week. If you did not ask for it, ignore this message: nothing will be sent.",
      ...footer(unsubscribeLink),
    ].join("\n"),
  };
}

export function backInStockMail({ productName, productLink, unsubscribeLink }: { productName: string; productLink: string; unsubscribeLink: string }) {
  return {
    subject: `Back in stock: ${productName}`,
    text: [
      `The ${productName} is back in stock.`,
      "",
      `Order it here: ${productLink}`,
      "",
      "This is the one e-mail you asked for: the alert has ended. Ask for a new one on the device's page if it sells out again.",
      ...footer(unsubscribeLink),
    ].join("\n"),
  };
}
