// What a log line may never carry: credentials, session and CSRF cookies, Stripe signatures and keys,
// card data and tokens. Applied to every object a logger writes, at any depth, and to free text
// (messages, error messages and stacks), because a secret usually leaks through an error nobody expected.

export const REDACTED = "[redacted]";

const MAX_DEPTH = 8;
const MAX_ARRAY = 50;

// Keys are compared without case, dashes or underscores: "Set-Cookie", "set_cookie" and "setCookie" match alike.
const SECRET_KEY_PARTS = ["password", "passwd", "secret", "token", "cookie", "authorization", "signature", "apikey", "cardnumber", "cvc", "cvv", "credential"];
const SECRET_KEYS = new Set(["card", "pan", "expmonth", "expyear", "iban", "otp", "pin", "jwt", "sessionid"]);

/** True for a property name whose value must never be logged. */
export function isSecretKey(key: string): boolean {
  const normal = key.toLowerCase().replace(/[^a-z0-9]/g, "");
  return SECRET_KEYS.has(normal) || SECRET_KEY_PARTS.some((part) => normal.includes(part));
}

const SECRET_PATTERNS: RegExp[] = [
  /\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]+/g, // Stripe secret and restricted keys
  /\bwhsec_[A-Za-z0-9]+/g, // Stripe webhook secrets
  /\bt=\d+,v1=[0-9a-f]+(?:,v\d=[0-9a-f]+)*/g, // a Stripe-Signature header value
  /\bBearer\s+[A-Za-z0-9._~+/-]+=*/gi, // bearer credentials
  /\beyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, // JWTs (next-auth sessions are JWE, also eyJ...)
  /\b(?:postgres(?:ql)?|redis|rediss|smtps?):\/\/[^\s:@/]+:[^\s@/]+@/gi, // passwords inside connection URLs
  /\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}/g, // bcrypt hashes
];

// `password: "…"`, `passwordHash = …`, `token=…` written into a message (Prisma's invocation errors print
// the query's arguments this way; URLs carry tokens in query strings): the key stays, the value goes.
const SECRET_ASSIGNMENT = /\b((?:new|current)?(?:password|passwd|secret|token|api_?key)\w*["']?\s*[:=]\s*)("[^"]*"|'[^']*'|[^\s,;&}]+)/gi;

// 13 to 19 digits, optionally grouped by spaces or dashes: replaced only when the Luhn check passes,
// so order numbers, amounts and timestamps stay readable.
const CARD_CANDIDATE = /\b\d(?:[ -]?\d){12,18}\b/g;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Free text with secrets and card numbers replaced. */
export function scrubText(text: string): string {
  let result = text;
  for (const pattern of SECRET_PATTERNS) {
    result = result.replace(pattern, (match) => (/:\/\//.test(match) ? `${match.slice(0, match.indexOf("://") + 3)}${REDACTED}@` : REDACTED));
  }
  result = result.replace(SECRET_ASSIGNMENT, (_match, key: string) => `${key}${REDACTED}`);
  return result.replace(CARD_CANDIDATE, (match) => (luhnValid(match.replace(/[ -]/g, "")) ? REDACTED : match));
}

/**
 * A copy of `value` safe to log: secret-named properties replaced, strings scrubbed, errors turned into
 * plain objects (type, message, stack, code, cause and their own fields), Headers into objects.
 */
export function redact(value: unknown): unknown {
  return walk(value, 0, new WeakSet());
}

function walk(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (typeof value === "string") return scrubText(value);
  if (typeof value === "bigint") return value.toString();
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return "[circular]";
  if (depth >= MAX_DEPTH) return "[nested too deep]";
  seen.add(value);
  try {
    if (value instanceof Date) return value;
    if (Buffer.isBuffer(value) || value instanceof Uint8Array) return `[${value.byteLength} bytes]`;
    if (Array.isArray(value)) {
      const items = value.slice(0, MAX_ARRAY).map((item) => walk(item, depth + 1, seen));
      if (value.length > MAX_ARRAY) items.push(`[${value.length - MAX_ARRAY} more]`);
      return items;
    }
    if (typeof Headers !== "undefined" && value instanceof Headers) return walkEntries(value.entries(), depth, seen);
    if (value instanceof Map) return walkEntries(value.entries(), depth, seen);
    if (value instanceof Error) return walkError(value, depth, seen);
    return walkEntries(Object.entries(value), depth, seen);
  } finally {
    seen.delete(value);
  }
}

function walkEntries(entries: Iterable<[unknown, unknown]>, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [rawKey, item] of entries) {
    const key = String(rawKey);
    out[key] = isSecretKey(key) ? REDACTED : walk(item, depth + 1, seen);
  }
  return out;
}

function walkError(error: Error, depth: number, seen: WeakSet<object>): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: error.constructor?.name ?? "Error",
    message: scrubText(error.message),
  };
  if (error.stack) out.stack = scrubText(error.stack);
  Object.assign(out, walkEntries(Object.entries(error), depth, seen));
  if (error.cause !== undefined) out.cause = walk(error.cause, depth + 1, seen);
  return out;
}
