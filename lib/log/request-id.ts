// Every request that writes logs carries an id (header x-request-id) that its log lines repeat, so one
// shopper's failure can be found among many. proxy.ts sets it on the paths its matcher names, and
// request-logger.ts chooses one anywhere else: an id from a load balancer or proxy in front is kept when it
// looks like one, anything else is replaced by a fresh UUID (a client-chosen value is only ever an
// opaque label in our logs, never trusted for anything else).
export const REQUEST_ID_HEADER = "x-request-id";

// Letters, digits and the separators real ids use (UUIDs, nginx's hex $request_id, Heroku, AWS-style
// "1-5f84c7a9-..."), 8 to 128 characters: nothing that could break a log line or a header.
const VALID = /^[A-Za-z0-9._:=+/-]{8,128}$/;

export function isValidRequestId(value: string | null | undefined): value is string {
  return typeof value === "string" && VALID.test(value);
}

/** The incoming id when it is sane, else a new UUID. */
export function requestIdFrom(headers: Pick<Headers, "get">): string {
  const incoming = headers.get(REQUEST_ID_HEADER)?.trim();
  return isValidRequestId(incoming) ? incoming : crypto.randomUUID();
}
