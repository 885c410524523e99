// What a visitor reads when signing in or up, or when an action needs an account or a permission.

const inMinutes = (seconds: number) => {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
};

export const ACCESS_REFUSALS = {
  UNAUTHENTICATED: "Please sign in first.",
  FORBIDDEN: "You do not have permission to do this.",
} as const;

/** next-auth hands the sign-in form the provider's error as text: "INVALID", "RATE_LIMITED:<seconds>" or "ACCOUNT_THROTTLED:<seconds>". */
export function signInErrorMessage(error: string): string {
  const [code, seconds] = error.split(":");
  if (code === "RATE_LIMITED") return `Too many sign-in attempts from your network. For your security, try again in ${inMinutes(Number(seconds))}.`;
  if (code === "ACCOUNT_THROTTLED") {
    return `This account is paused after too many failed sign-ins, for ${inMinutes(Number(seconds))}. To get in now, reset your password: the link works at once.`;
  }
  return "That e-mail and password do not match an account. Check them and try again.";
}

export const signUpRateLimited = (retryAfterSeconds: number) =>
  `Too many sign-ups from your network. Try again in ${inMinutes(retryAfterSeconds)}.`;

export const SIGN_UP_DONE =
  "Check your inbox: we have sent a message to this address. Follow its link to confirm your e-mail, then sign in.";

export function accountExistsMail(resetLink: string) {
  return {
    subject: "Someone tried to create an account with your e-mail",
    text: [
      "Someone tried to create an UltraCare Pro account with this e-mail address, which already has one.",
      "",
      `If it was you, sign in instead, or reset your password if you have forgotten it: ${resetLink}`,
      "",
      "If it was not you, you can ignore this message: nothing has changed.",
    ].join("\n"),
  } as const;
}

/** Whether the sign-in refusal should offer the reset link (the account, not the network, is paused). */
export const offersPasswordReset = (error: string) => error.startsWith("ACCOUNT_THROTTLED");
