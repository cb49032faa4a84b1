import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "./client-address";

describe("the client address abuse limits count by", () => {
  it("is the TCP peer's with no trusted proxy: a forged X-Forwarded-For changes nothing", () => {
    for (const forwardedFor of [null, "203.0.113.7", "1.1.1.1, 2.2.2.2", "n'importe quoi"]) {
      expect(clientAddress({ forwardedFor, peer: "198.51.100.4", trustedHops: 0 })).toBe("198.51.100.4");
    }
  });

  it("is the entry our proxies appended, counted from the right, whatever the client wrote before it", () => {
    expect(clientAddress({ forwardedFor: "6.6.6.6, 203.0.113.7", peer: "10.0.0.2", trustedHops: 1 })).toBe("203.0.113.7");
    expect(clientAddress({ forwardedFor: "6.6.6.6, 203.0.113.7, 10.0.0.3", peer: "10.0.0.2", trustedHops: 2 })).toBe("203.0.113.7");
    // Fewer entries than proxies: the outer proxy was skipped, the first entry is still the inner proxy's.
    expect(clientAddress({ forwardedFor: "203.0.113.7", peer: "10.0.0.2", trustedHops: 2 })).toBe("203.0.113.7");
    expect(clientAddress({ forwardedFor: null, peer: "10.0.0.2", trustedHops: 1 })).toBe("10.0.0.2");
  });

  it("drops ports, brackets, zone ids and the IPv4-mapped prefix", () => {
    const peer = (address: string) => clientAddress({ forwardedFor: null, peer: address, trustedHops: 0 });
    expect(peer("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(peer("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(peer("[2001:db8::1]:443")).toBe("2001:db8:0:0::/64");
    expect(peer("fe80::1%eth0")).toBe("fe80:0:0:0::/64");
  });

  it("counts IPv6 by /64: the addresses of one subscriber share a limit", () => {
    const peer = (address: string) => clientAddress({ forwardedFor: null, peer: address, trustedHops: 0 });
    expect(peer("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(peer("2001:0DB8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(peer("::1")).toBe("0:0:0:0::/64");
    expect(peer("64:ff9b::192.0.2.1")).toBe("64:ff9b:0:0::/64");
  });

  it.each([undefined, "", "localhost", "1.2.3", "2001:db8::1::2", "1:2:3:4:5:6:7:8:9", "gggg::1", "x".repeat(300)])("knows no address in %j", (peer) => {
    expect(clientAddress({ forwardedFor: null, peer, trustedHops: 0 })).toBe(UNKNOWN_ADDRESS);
  });
});
