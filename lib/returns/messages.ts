// What shoppers and staff read about returns: refusals, each request's state, and the notices after a step.
import type { RefusalText } from "../actions/messages";
import type { ReturnStatus } from "../generated/prisma/enums";
import { formatMoney } from "../money";
import type { DecideReturnRefusal } from "./decide-return";
import type { ReceiveReturnRefusal } from "./receive-return";
import type { RequestReturnRefusal } from "./request-return";
import { QUANTITY_FIELD_PREFIX } from "./return-request-schema";

const dateOnly = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export const formatReturnDate = (date: Date) => dateOnly.format(date);

export const windowClosedSentence = (deadline: Date) => `The return window for this order closed on ${formatReturnDate(deadline)}.`;

/** The link a guest's form needs was forged, mistyped or has expired. */
export const RETURN_LINK_REFUSED = "This order link no longer works, so nothing was sent. Open the newest link from your e-mails, or find your order by its number.";

export function requestReturnRefusal(refused: RequestReturnRefusal): RefusalText {
  switch (refused.code) {
    case "NOT_FOUND":
      return "We could not find this order. Reload the page and try again.";
    case "NOT_SHIPPED":
      return "Only an order that has shipped can be returned.";
    case "WINDOW_CLOSED":
      return windowClosedSentence(refused.deadline);
    case "OPEN_REQUEST":
      return "You already have a return in progress for this order. We will e-mail you about it; you can ask for another once it is settled.";
    case "NOTHING_CHOSEN":
      return "Enter how many of an item you are sending back.";
    case "UNKNOWN_LINE":
      return "This form does not match your order. Reload the page.";
    case "TOO_MANY":
      return {
        field: `${QUANTITY_FIELD_PREFIX}${refused.orderLineId}`,
        message: refused.returnable ? `You can return at most ${refused.returnable} of this item.` : "This item is already being returned.",
      };
    case "RATE_LIMITED":
      return "You have sent several return requests in a short time, so this one was not sent. Please try again within the hour.";
  }
}

export const RETURN_REQUESTED_MESSAGE = "Thank you. We have your return request and have e-mailed you a copy; we answer within one business day.";

/** Each state as the shopper reads it on the order page. */
export function shopperReturnStatus(request: { status: ReturnStatus; decisionReason: string | null; refundCents: number | null }, currency: string): string {
  switch (request.status) {
    case "REQUESTED":
      return "Requested: we will e-mail you our answer within one business day.";
    case "APPROVED":
      return "Approved: we have e-mailed you how to send the parcel back.";
    case "DECLINED":
      return `Declined: ${request.decisionReason ?? ""}`;
    case "RECEIVED":
      return request.refundCents
        ? `Received: we are refunding ${formatMoney(request.refundCents, currency)} to your payment method.`
        : "Received: we will be in touch about your refund.";
  }
}

export const RETURN_STATUS_LABELS: Record<ReturnStatus, string> = {
  REQUESTED: "Requested",
  APPROVED: "Approved",
  DECLINED: "Declined",
  RECEIVED: "Received",
};

export const DECIDE_REFUSALS = {
  NOT_FOUND: "This return request no longer exists.",
  ALREADY_DECIDED: "Someone has already answered this request. Reload the page to see its state.",
} satisfies Record<DecideReturnRefusal["code"], RefusalText>;

export const RECEIVE_REFUSALS = {
  NOT_FOUND: "This return request no longer exists.",
  NOT_APPROVED: "Only an approved return can be marked received, once. Reload the page to see its state.",
} satisfies Record<ReceiveReturnRefusal["code"], RefusalText>;
