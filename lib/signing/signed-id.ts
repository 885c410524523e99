// An id plus an HMAC of it, for values a visitor holds and the store must trust: the cart cookie, the
// order links. The purpose is part of what is signed, so a token made for one use is refused for another.
// With an expiry, the expiry (whole seconds) is signed too: `<id>.<expires>.<mac>`; without, `<id>.<mac>`.
// Ids must not contain dots (cuids do not).
import { createHmac, timingSafeEqual } from "node:crypto";

export type SignedIdOptions = { purpose: string; secret: string };

function mac(payload: string, secret: string): string {
  return createHmac("sha256", secret).update(payload).digest("base64url");
}

export function signId(id: string, options: SignedIdOptions & { expiresAt?: Date }): string {
  if (!options.expiresAt) return `${id}.${mac(`${options.purpose}:${id}`, options.secret)}`;
  const expires = String(Math.floor(options.expiresAt.getTime() / 1000));
  return `${id}.${expires}.${mac(`${options.purpose}:${id}:${expires}`, options.secret)}`;
}

/**
 * The id when the token is intact, made for this purpose and (with `expiring`) not expired; else null.
 * `expiring` says which form the purpose uses, so a token without an expiry is never taken for one with.
 */
export function verifySignedId(token: string | undefined | null, options: SignedIdOptions & { expiring: boolean; now?: Date }): string | null {
  if (!token) return null;
  const parts = token.split(".");
  if (parts.length !== (options.expiring ? 3 : 2) || !parts[0]) return null;
  const id = parts[0];
  const given = Buffer.from(parts.at(-1)!);
  let expected: Buffer;
  if (options.expiring) {
    const expires = parts[1];
    if (!/^\d{1,12}$/.test(expires)) return null;
    if (Number(expires) * 1000 <= (options.now ?? new Date()).getTime()) return null;
    expected = Buffer.from(mac(`${options.purpose}:${id}:${expires}`, options.secret));
  } else {
    expected = Buffer.from(mac(`${options.purpose}:${id}`, options.secret));
  }
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}
