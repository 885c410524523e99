// The one check for redirect targets a caller chose (callbackUrl and the like). The value is parsed the
// way a browser would, against APP_URL, and only a same-origin target survives, as a path. Control
// characters and backslashes are refused outright: browsers drop tabs and newlines and read `\` as `/`,
// so `/<tab>/evil.example` or `/\evil.example` would leave the store in the browser while looking like a
// path here.
import { env } from "../env";

// C0 controls, DEL and the backslash, also percent-encoded (a caller may encode once more than we decode).
const REFUSED = /[\u0000-\u001f\u007f\\]|%(?:[01][0-9a-f]|7f|5c)/i;

/** A same-origin path (with query and fragment) to send the browser to, or `fallback`. */
export function safeRedirectPath(value: unknown, fallback = "/account", appUrl = env().APP_URL): string {
  if (typeof value !== "string" || value === "" || REFUSED.test(value)) return fallback;
  let target: URL;
  try {
    target = new URL(value, appUrl);
  } catch {
    return fallback;
  }
  if (target.origin !== new URL(appUrl).origin) return fallback;
  // `/.//evil.example` resolves to the path `//evil.example`, which a browser reads as another host.
  if (target.pathname.startsWith("//")) return fallback;
  return `${target.pathname}${target.search}${target.hash}`;
}
