// The client's address, for every per-address limit (sign-in, sign-up, order lookup, checkout, coupons).
// By default it is the address of the connection itself, which a client cannot choose; X-Forwarded-For is
// read only through the proxies the operator declared (TRUSTED_PROXY_HOPS or TRUSTED_PROXIES, README).
import "server-only";
import ipaddr from "ipaddr.js";
import { headers } from "next/headers";
import { env } from "../env";
import { addressFromChain, type ProxyTrust } from "./forwarded-chain";
import { PEER_ADDRESS_HEADER, peerAddressFrom } from "./peer-address";

/**
 * The current request's client address, as limits count it: an IPv4 address, or an IPv6 client's /64 (one
 * subscriber is usually given a whole /64, so single IPv6 addresses would be free to rotate through).
 * Throws when the server did not stamp the connection's address.
 */
export async function clientAddress(): Promise<string> {
  return clientAddressFrom(await headers());
}

export function clientAddressFrom(list: Pick<Headers, "get">): string {
  const peer = peerAddressFrom(list.get(PEER_ADDRESS_HEADER));
  return addressForLimits(addressFromChain(peer, list.get("x-forwarded-for"), proxyTrust()));
}

export function addressForLimits(address: string): string {
  if (!ipaddr.IPv6.isValid(address) || ipaddr.IPv4.isValid(address)) return address;
  const network = ipaddr.IPv6.parse(address).parts.slice(0, 4);
  return `${new ipaddr.IPv6([...network, 0, 0, 0, 0]).toString()}/64`;
}

function proxyTrust(): ProxyTrust {
  const { TRUSTED_PROXIES, TRUSTED_PROXY_HOPS } = env();
  return TRUSTED_PROXIES ? { proxies: TRUSTED_PROXIES } : { hops: TRUSTED_PROXY_HOPS };
}
