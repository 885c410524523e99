// What an account owner reads: the account e-mails, and the refusals of the reset and account forms.
import type { RedeemRefusal } from "./account-tokens";

const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};

export const RESET_REQUESTED =
  "If an account uses that address, we have sent it a link to choose a new password. It works once, for one hour. Check your inbox (and the spam folder).";

export const resetRequestsRateLimited = (retryAfterSeconds: number) =>
  `Too many reset requests from your network. Try again in ${inMinutes(retryAfterSeconds)}.`;

export const TOKEN_REFUSALS: Record<RedeemRefusal["code"], string> = {
  TOKEN_UNKNOWN: "This link is not valid. Check that you copied the whole link, or ask for a new one.",
  TOKEN_USED: "This link has already been used. Each link works once: ask for a new one if you need it.",
  TOKEN_EXPIRED: "This link has expired. Ask for a new one; it will work for a while after it arrives.",
};

export const PASSWORD_RESET_DONE = "Your password is changed, and every other session of your account has ended. Sign in with your new password.";

export function passwordResetMail(link: string) {
  return {
    subject: "Choose a new password for UltraCare Pro",
    text: [
      "Someone (hopefully you) asked to reset the password of the UltraCare Pro account with this e-mail address.",
      "",
      `Choose a new password here: ${link}`,
      "",
      "The link works once, for one hour. If you did not ask for it, ignore this message: your password stays as it is.",
    ].join("\n"),
  };
}

export function emailConfirmationMail(link: string) {
  return {
    subject: "Confirm your e-mail address for UltraCare Pro",
    text: [
      "Please confirm that this e-mail address belongs to your UltraCare Pro account.",
      "",
      `Confirm it here: ${link}`,
      "",
      "The link works once, for 24 hours. If you did not create an account or ask for this change, ignore this message.",
    ].join("\n"),
  };
}

export const EMAIL_CONFIRMED = "Thank you: your e-mail address is confirmed.";

export const EMAIL_TAKEN_MEANWHILE = "Another account uses this address now, so it cannot become yours. Your e-mail is unchanged.";

export const CONFIRMATION_RESENT = "We have sent a new confirmation link. Check your inbox.";

export const ALREADY_CONFIRMED = "Your e-mail address is already confirmed.";

export const confirmationsRateLimited = (retryAfterSeconds: number) =>
  `We have sent several links already. Try again in ${inMinutes(retryAfterSeconds)}, or look for the earlier ones in your inbox.`;
