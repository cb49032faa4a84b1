import { describe, expect, it } from "vitest";
import { digestDeliveryStatus } from "./digest-delivery";

const NOW = new Date("2026-11-23T06:10:00Z");
const TIMEOUT = 5 * 60_000;
const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);

describe("a digest delivery's status", () => {
  it("is sent once the relay took it, whenever it was claimed", () => {
    expect(digestDeliveryStatus({ createdAt: new Date(0), sentAt: minutesAgo(1) }, NOW, TIMEOUT)).toBe("sent");
    expect(digestDeliveryStatus({ createdAt: minutesAgo(60), sentAt: minutesAgo(59) }, NOW, TIMEOUT)).toBe("sent");
  });

  it("is failed when the run released its claim (the epoch), interrupted past the timeout, being sent before it", () => {
    expect(digestDeliveryStatus({ createdAt: new Date(0), sentAt: null }, NOW, TIMEOUT)).toBe("failed");
    expect(digestDeliveryStatus({ createdAt: minutesAgo(6), sentAt: null }, NOW, TIMEOUT)).toBe("interrupted");
    expect(digestDeliveryStatus({ createdAt: minutesAgo(5), sentAt: null }, NOW, TIMEOUT)).toBe("sending");
  });
});
