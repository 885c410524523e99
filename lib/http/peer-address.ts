// The address of the connection a request came in on, stamped into a header by the HTTP server itself.
//
// Next.js gives route handlers, server actions, pages and proxy.ts the request's headers but never its
// socket. So at process start (instrumentation.ts) the "request" event of Node's HTTP servers is wrapped:
// before Next sees a request, the socket's remote address is written into PEER_ADDRESS_HEADER, replacing
// whatever a client sent under that name. The value carries a random token made at process start: a request
// that reached the server before the wrap was in place (the first moments of a start), or a server the wrap
// never saw, cannot pass a client's copy of the header off as ours; reading it then fails loudly.
// No `server-only` import: instrumentation.ts loads this outside the React server graph.
import { randomBytes } from "node:crypto";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP } from "node:net";

export const PEER_ADDRESS_HEADER = "x-ultracare-peer-address";

const STATE = Symbol.for("ultracare.peer-address");
type Holder = { [STATE]?: { token: string } };

/** Wraps every HTTP(S) server of this process; idempotent (development reloads call it again). */
export function installPeerAddressStamp(): void {
  const holder = globalThis as Holder;
  if (holder[STATE]) return;
  const token = randomBytes(24).toString("base64url");
  holder[STATE] = { token };
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    const emit = prototype.emit;
    prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
      if (event === "request") stamp(args[0] as IncomingMessage, token);
      return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
    } as typeof emit;
  }
}

function stamp(request: IncomingMessage, token: string): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[PEER_ADDRESS_HEADER] = `${token} ${address}`;
  else delete request.headers[PEER_ADDRESS_HEADER];
}

/** The peer's address from the stamped header; throws when the stamp is missing or not ours. */
export function peerAddressFrom(value: string | null | undefined): string {
  const token = (globalThis as Holder)[STATE]?.token;
  if (!token) throw new Error("The client address is unknown: installPeerAddressStamp() did not run in this process (instrumentation.ts).");
  const [given, address] = (value ?? "").split(" ");
  if (given !== token || !address || !isIP(address)) {
    throw new Error("The client address is unknown: this request carries no connection address from this server.");
  }
  return address;
}
