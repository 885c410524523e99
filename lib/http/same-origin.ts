// A state-changing form post must come from the store's own pages. Browsers send Origin with every POST
// (and Sec-Fetch-Site with it); a form on another site sends its own origin, and a link, a preview or a
// crawler does not post at all. Without either header the request is refused: fail closed.
export function isSameOrigin(headers: Headers, appUrl: string): boolean {
  const origin = headers.get("origin");
  if (origin) return origin === new URL(appUrl).origin;
  return headers.get("sec-fetch-site") === "same-origin";
}
