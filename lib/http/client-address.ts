// The client's address, for every per-address limit (sign-in, sign-up, order lookup, checkout, coupons).
// By default it is the address of the connection itself, which a client cannot choose; X-Forwarded-For is
// read only through the proxies the operator declared (TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, README).
import "server-only";
import { headers } from "next/headers";
import { env } from "../env";
import { addressFromChain, type ProxyTrust } from "./forwarded-chain";
import { PEER_ADDRESS_HEADER, peerAddressFrom } from "./peer-address";

/** The current request's client address. Throws when the server did not stamp the connection's address. */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

export function clientAddressFrom(list: Pick<Headers, "get">): string {
  const peer = peerAddressFrom(list.get(PEER_ADDRESS_HEADER));
  return addressFromChain(peer, list.get("x-forwarded-for"), proxyTrust());
}

function proxyTrust(): ProxyTrust {
  const { TRUSTED_PROXIES, TRUSTED_PROXY_HOPS } = env();
  return TRUSTED_PROXIES ? { proxies: TRUSTED_PROXIES } : { hops: TRUSTED_PROXY_HOPS };
}
