/**
 * The client address of a real HTTP request, as instrumentation.ts has the server stamp it: the socket's peer, whatever
 * X-Forwarded-For or stamp header the client forges (TRUSTED_PROXY_HOPS=0, as here). Loopback only: 127.0.0.x.
 */
import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stampPeerAddresses } from "@/lib/server/peer-address";
import { requestClientAddress } from "@/lib/server/request-address";

let server: Server;
let port: number;

beforeAll(async () => {
  stampPeerAddresses();
  server = createServer((req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    res.end(requestClientAddress(headers));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The address the server counts a request from `localAddress` by. */
function addressSeen(localAddress: string, headers: Record<string, string> = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, localAddress, headers, agent: false }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve(body));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("the client address of a request, with no trusted proxy", () => {
  it("is the socket's peer", async () => {
    expect(await addressSeen("127.0.0.2")).toBe("127.0.0.2");
    expect(await addressSeen("127.0.0.3")).toBe("127.0.0.3");
  });

  it("ignores a forged X-Forwarded-For and a forged stamp", async () => {
    const forged = { "x-forwarded-for": "203.0.113.9, 198.51.100.1", "x-distrilog-peer": "0123456789abcdef0123456789abcdef 203.0.113.9" };
    expect(await addressSeen("127.0.0.4", forged)).toBe("127.0.0.4");
  });
});
