// Which address in a request's chain is the client: the connection's own address, unless the operator
// said which proxies in front are trusted (TRUSTED_PROXY_HOPS or TRUSTED_PROXIES). Then X-Forwarded-For
// is walked from the right, past each trusted hop, and the first address not vouched for is the client's,
// the rule Express follows (proxy-addr). Anything left of that is the client's own claim and is ignored.
import { isIP } from "node:net";
import proxyaddr from "proxy-addr";

export type ProxyTrust = { hops: number } | { proxies: string[] };

type TrustFunction = (address: string, index: number) => boolean;
const compiled = new Map<string, TrustFunction>();

function trustFunction(trust: ProxyTrust): TrustFunction {
  if ("hops" in trust) return (_address, index) => index < trust.hops;
  const key = trust.proxies.join(",");
  let fn = compiled.get(key);
  if (!fn) compiled.set(key, (fn = proxyaddr.compile(trust.proxies)));
  return fn;
}

/**
 * The client's address, given the connection's peer address and the X-Forwarded-For header as it arrived.
 * IPv4-mapped IPv6 (`::ffff:10.0.0.7`) reads as IPv4, and a port some proxies append is dropped; a hop that
 * is not an address at all ends the walk at the last proxy that was.
 */
export function addressFromChain(peer: string, forwardedFor: string | null | undefined, trust: ProxyTrust): string {
  const request = { socket: { remoteAddress: peer }, connection: { remoteAddress: peer }, headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {} };
  const chain = proxyaddr.all(request as never, trustFunction(trust)).map(normalize); // [peer, …hops right to left]
  let client = chain[0] ?? normalize(peer);
  for (const address of chain.slice(1)) {
    if (!isIP(address)) break;
    client = address;
  }
  return client;
}

function normalize(address: string): string {
  const trimmed = address.trim().toLowerCase();
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(trimmed);
  if (mapped) return mapped[1];
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(trimmed);
  if (v4WithPort) return v4WithPort[1];
  const v6WithPort = /^\[([0-9a-f:.]+)\](?::\d+)?$/.exec(trimmed);
  if (v6WithPort) return normalize(v6WithPort[1]);
  return trimmed;
}
