// The connection's address as the per-address limits see it, through a real HTTP server and real sockets:
// loopback has all of 127.0.0.0/8, so requests can come from 127.0.0.2 and 127.0.0.3 on one machine.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { addressForLimits, clientAddressFrom } from "./client-address";
import { installPeerAddressStamp, PEER_ADDRESS_HEADER, peerAddressFrom } from "./peer-address";

let server: http.Server;
let port: number;

/** What the server saw: the client address it resolved, or the error it got. */
function ask(localAddress: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, localAddress, headers }, (response) => {
      let body = "";
      response.on("data", (chunk) => (body += chunk));
      response.on("end", () => resolve(body));
    });
    request.on("error", reject);
    request.end();
  });
}

describe("before the stamp is installed", () => {
  it("refuses to guess: no address, not a shared 'unknown'", () => {
    expect(() => peerAddressFrom(undefined)).toThrow(/client address is unknown/);
    expect(() => peerAddressFrom("token 127.0.0.2")).toThrow(/client address is unknown/);
  });
});

describe("clientAddressFrom, behind no proxy (the default)", () => {
  beforeAll(async () => {
    installPeerAddressStamp();
    server = http.createServer((request, response) => {
      try {
        response.end(clientAddressFrom(new Headers(request.headers as Record<string, string>)));
      } catch (error) {
        response.end(`error: ${(error as Error).message}`);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("tells 127.0.0.2 and 127.0.0.3 apart", async () => {
    expect(await ask("127.0.0.2")).toBe("127.0.0.2");
    expect(await ask("127.0.0.3")).toBe("127.0.0.3");
  });

  it("ignores a spoofed X-Forwarded-For and X-Real-IP", async () => {
    expect(await ask("127.0.0.2", { "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" })).toBe("127.0.0.2");
  });

  it("overwrites a client's copy of the stamp header", async () => {
    expect(await ask("127.0.0.3", { [PEER_ADDRESS_HEADER]: "guess 198.51.100.1" })).toBe("127.0.0.3");
  });

  it("behind one trusted hop, takes the address that hop appended", async () => {
    vi.resetModules();
    vi.stubEnv("TRUSTED_PROXY_HOPS", "1");
    try {
      const { clientAddressFrom: withOneHop } = await import("./client-address");
      const seen = await new Promise<string>((resolve) => {
        server.once("request", (request: http.IncomingMessage) => resolve(withOneHop(new Headers(request.headers as Record<string, string>))));
        void ask("127.0.0.2", { "x-forwarded-for": "198.51.100.1, 203.0.113.9" });
      });
      expect(seen).toBe("203.0.113.9");
    } finally {
      vi.unstubAllEnvs();
      vi.resetModules();
    }
  });
});

describe("addressForLimits", () => {
  it.each([
    ["203.0.113.9", "203.0.113.9"],
    ["2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64"],
    ["2001:db8:aa:bb:ffff:ffff:ffff:ffff", "2001:db8:aa:bb::/64"], // same /64: the same client
    ["2001:db8:aa:bc::1", "2001:db8:aa:bc::/64"], // the next /64: another client
    ["::1", "::/64"],
  ])("%s -> %s", (address, expected) => {
    expect(addressForLimits(address)).toBe(expected);
  });
});
