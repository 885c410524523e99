import { describe, expect, it } from "vitest";
import { addressFromChain, type ProxyTrust } from "./forwarded-chain";

const none: ProxyTrust = { hops: 0 };
const oneHop: ProxyTrust = { hops: 1 };
const twoHops: ProxyTrust = { hops: 2 };
const balancers: ProxyTrust = { proxies: ["10.0.0.1", "10.0.0.2"] };
const privateRange: ProxyTrust = { proxies: ["10.0.0.0/8", "fd00::/8"] };

describe("addressFromChain", () => {
  it.each<[string, string, string | undefined, ProxyTrust, string]>([
    // default: the connection's own address, whatever the client claims
    ["no proxy, no header", "203.0.113.9", undefined, none, "203.0.113.9"],
    ["no proxy, a claimed address", "203.0.113.9", "198.51.100.1", none, "203.0.113.9"],
    ["no proxy, a claimed chain", "203.0.113.9", "198.51.100.1, 10.0.0.1", none, "203.0.113.9"],
    ["no proxy, IPv4-mapped IPv6 peer", "::ffff:127.0.0.2", undefined, none, "127.0.0.2"],
    ["no proxy, IPv6 peer", "2001:DB8::7", undefined, none, "2001:db8::7"],
    // one trusted hop: the address the balancer appended, never one further left
    ["one hop, header from the balancer", "10.0.0.1", "203.0.113.9", oneHop, "203.0.113.9"],
    ["one hop, client's own claim to the left", "10.0.0.1", "198.51.100.1, 203.0.113.9", oneHop, "203.0.113.9"],
    ["one hop, no header (a health check)", "10.0.0.1", undefined, oneHop, "10.0.0.1"],
    ["one hop, spaces and empty entries", "10.0.0.1", " 198.51.100.1 ,, 203.0.113.9 ", oneHop, "203.0.113.9"],
    ["one hop, port appended by the balancer", "10.0.0.1", "203.0.113.9:51234", oneHop, "203.0.113.9"],
    ["one hop, bracketed IPv6 with port", "10.0.0.1", "[2001:db8::5]:443", oneHop, "2001:db8::5"],
    ["one hop, garbage from the balancer", "10.0.0.1", "not-an-address", oneHop, "10.0.0.1"],
    // two trusted hops (CDN, then balancer)
    ["two hops", "10.0.0.1", "198.51.100.1, 203.0.113.9, 10.0.0.5", twoHops, "203.0.113.9"],
    ["two hops, shorter chain than configured", "10.0.0.1", "203.0.113.9", twoHops, "203.0.113.9"],
    // a list of trusted proxies
    ["listed proxy", "10.0.0.1", "198.51.100.1, 203.0.113.9", balancers, "203.0.113.9"],
    ["listed proxies in a row", "10.0.0.2", "203.0.113.9, 10.0.0.1", balancers, "203.0.113.9"],
    ["unlisted peer: its header is ignored", "192.0.2.50", "203.0.113.9", balancers, "192.0.2.50"],
    ["CIDR range", "10.3.2.1", "203.0.113.9, 10.9.9.9", privateRange, "203.0.113.9"],
    ["CIDR range, IPv6", "fd12::1", "2001:db8::9", privateRange, "2001:db8::9"],
    ["CIDR range, IPv4-mapped peer", "::ffff:10.3.2.1", "203.0.113.9", privateRange, "203.0.113.9"],
    ["every hop trusted: the leftmost", "10.0.0.1", "10.0.0.2", balancers, "10.0.0.2"],
  ])("%s", (_case, peer, forwardedFor, trust, expected) => {
    expect(addressFromChain(peer, forwardedFor, trust)).toBe(expected);
  });
});
