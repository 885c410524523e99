// The invitation e-mail: which devices the order held and the one link that opens the review form.
import "server-only";
import { sendMail } from "../mail/send-mail";
import { REVIEW_LINK_DAYS, reviewLink } from "./review-link";

export type Invitation = { orderId: string; number: string; email: string; shippedAt: Date; invitedAt: Date; productNames: string[] };

const dateFormat = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export async function sendInvitationMail(invitation: Invitation): Promise<void> {
  const text = [
    `Your order ${invitation.number} left us on ${dateFormat.format(invitation.shippedAt)}. How are you getting on with it?`,
    "",
    "You bought:",
    ...invitation.productNames.map((name) => `  ${name}`),
    "",
    "A few lines from someone who uses the device help the next person with cramps choose. Rate each one and say what you noticed:",
    reviewLink(invitation.orderId, invitation.invitedAt),
    "",
    `The link is yours alone and works for ${REVIEW_LINK_DAYS} days. Reviews appear on the store once our team has read them.`,
    "UltraCare Pro",
  ].join("\n");
  await sendMail({ to: invitation.email, subject: `How is your UltraCare Pro order ${invitation.number}?`, text });
}
