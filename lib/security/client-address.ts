/**
 * The address the portal's abuse limits count a client by. X-Forwarded-For is a list each proxy appends the address
 * it saw to; only the proxies of our own infrastructure are trusted, so the client is the entry `trustedHops` from the
 * right — anything further left was written by the client and proves nothing. With no trusted proxy (0), the address
 * is the TCP peer's and X-Forwarded-For is ignored altogether.
 */
export const UNKNOWN_ADDRESS = "inconnue";

export function clientAddress({ forwardedFor, peer, trustedHops }: { forwardedFor: string | null; peer: string | undefined; trustedHops: number }): string {
  let candidate = peer;
  if (trustedHops > 0) {
    const entries = (forwardedFor ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
    // Fewer entries than trusted proxies: the request skipped the outer ones; the first entry is still a proxy's.
    candidate = entries[entries.length - trustedHops] ?? entries[0] ?? peer;
  }
  return candidate ? limitKeyOf(candidate) : UNKNOWN_ADDRESS;
}

const IPV4 = /^(?:\d{1,3}\.){3}\d{1,3}$/;
const HEXTET = /^[0-9a-f]{1,4}$/i;

/**
 * IPv4 as is; IPv6 by its /64 — one subscriber holds a whole /64, and counting each of its 2^64 addresses apart would
 * make the limit moot. Ports, brackets, zone ids and the IPv4-mapped prefix are dropped; anything else is unknown.
 */
function limitKeyOf(raw: string): string {
  let address = raw.trim();
  const withPort = /^\[([^\]]+)\](?::\d+)?$/.exec(address) ?? /^((?:\d{1,3}\.){3}\d{1,3}):\d+$/.exec(address);
  if (withPort) address = withPort[1];
  address = address.replace(/%.*$/, "").replace(/^::ffff:(?=(?:\d{1,3}\.){3}\d{1,3}$)/i, "");
  if (IPV4.test(address)) return address;
  const prefix = ipv6Prefix(address);
  return prefix ? `${prefix}::/64` : UNKNOWN_ADDRESS;
}

/** The first four groups of an IPv6 address ("2001:db8:0:1"), or null when it is not one. */
function ipv6Prefix(address: string): string | null {
  if (!address.includes(":") || address.length > 45) return null;
  const halves = address.split("::");
  if (halves.length > 2) return null;
  const groups = (half: string) => {
    const parts = half ? half.split(":") : [];
    // An embedded IPv4 (64:ff9b::192.0.2.1) fills the last two groups.
    if (parts.length && IPV4.test(parts[parts.length - 1])) parts.splice(-1, 1, "0", "0");
    return parts;
  };
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  const all = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (!all.every((group) => HEXTET.test(group))) return null;
  return all
    .slice(0, 4)
    .map((group) => parseInt(group, 16).toString(16))
    .join(":");
}
