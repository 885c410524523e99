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

export function emailChangeNoticeMail(newEmail: string) {
  return {
    subject: "Your UltraCare Pro e-mail address is being changed",
    text: [
      `Someone signed in to your UltraCare Pro account asked to change its e-mail address to ${newEmail}.`,
      "The change happens only when the link sent to that address is followed.",
      "",
      "If this was not you, reset your password now (it ends every session of the account) and the change cannot be completed from a session that no longer exists.",
    ].join("\n"),
  };
}

export function emailChangeRefusedMail() {
  return {
    subject: "Someone tried to move an account to your e-mail",
    text: "Someone tried to change the e-mail of an UltraCare Pro account to this address, which already has an account. Nothing was changed. If it was you, sign in to that account instead.",
  };
}

export const NAME_SAVED = "Your name is saved.";
export const PASSWORD_CHANGED = "Your password is changed. Every other session of your account has ended; this one continues.";
export const EMAIL_CHANGE_SENT =
  "We have sent a confirmation link to the new address. Your e-mail changes when you follow it; until then it stays as it is.";
export const ACCOUNT_DELETED = "Your account is deleted.";

export const ACCOUNT_REFUSALS = {
  WRONG_PASSWORD: { field: "currentPassword", message: "That is not your current password." },
  SAME_EMAIL: { field: "newEmail", message: "That is already your e-mail address." },
  STAFF_ACCOUNT: "Staff accounts are removed by an administrator, on the Staff page of the back office.",
} as const;

export const tooManyPasswordTries = (retryAfterSeconds: number) =>
  `Too many tries. For your security, try again in ${inMinutes(retryAfterSeconds)}.`;
