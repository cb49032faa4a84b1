import { describe, expect, it } from "vitest";
import {
  canTransition,
  CHANNEL_STATUSES,
  channelOf,
  movesFrom,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  orderStatusLabel,
  statusHistory,
  type OrderActor,
  type OrderChannel,
  type OrderStatus,
} from "./order-status";

const ALLOWED: Array<[OrderChannel, OrderStatus, OrderStatus, OrderActor]> = [
  ["STATE", "SUBMITTED", "IN_PREPARATION", "LOGISTICS"],
  ["STATE", "IN_PREPARATION", "SHIPPED", "LOGISTICS"],
  ["STATE", "SHIPPED", "DELIVERED", "LOGISTICS"],
  ["STATE", "SHIPPED", "RECEIVED", "ESTABLISHMENT"],
  ["STATE", "DELIVERED", "RECEIVED", "ESTABLISHMENT"],
  ["STATE", "SUBMITTED", "CANCELLED", "ESTABLISHMENT"],
  ["CONSORTIUM", "SUBMITTED", "CONFIRMED", "CONSORTIUM"],
  ["CONSORTIUM", "SUBMITTED", "REFUSED", "CONSORTIUM"],
  ["CONSORTIUM", "CONFIRMED", "REFUSED", "CONSORTIUM"],
  ["CONSORTIUM", "CONFIRMED", "SHIPPED", "CONSORTIUM"],
  ["CONSORTIUM", "SHIPPED", "DELIVERED", "CONSORTIUM"],
  ["CONSORTIUM", "SUBMITTED", "CANCELLED", "ESTABLISHMENT"],
];
const ACTORS: OrderActor[] = ["ESTABLISHMENT", "LOGISTICS", "CONSORTIUM"];

describe("order transition table", () => {
  const pairs = ORDER_STATUSES.flatMap((from) => ORDER_STATUSES.map((to) => [from, to] as const));

  it("covers all 64 pairs of states", () => {
    expect(pairs).toHaveLength(64);
  });

  for (const channel of ["STATE", "CONSORTIUM"] as const) {
    for (const [from, to] of pairs) {
      for (const by of ACTORS) {
        const expected = ALLOWED.some(([c, f, t, b]) => c === channel && f === from && t === to && b === by);
        it(`${channel}: ${from} → ${to} by ${by}: ${expected ? "allowed" : "refused"}`, () => {
          expect(canTransition(from, to, by, channel)).toBe(expected);
        });
      }
    }
  }

  it("keeps each channel's moves within its own statuses", () => {
    for (const t of ORDER_TRANSITIONS) {
      expect(CHANNEL_STATUSES[t.channel]).toContain(t.from);
      expect(CHANNEL_STATUSES[t.channel]).toContain(t.to);
    }
  });

  it("never lets logistics move a consortium order, nor the consortium a state order", () => {
    expect(ORDER_TRANSITIONS.filter((t) => t.channel === "CONSORTIUM" && t.by === "LOGISTICS")).toEqual([]);
    expect(ORDER_TRANSITIONS.filter((t) => t.channel === "STATE" && t.by === "CONSORTIUM")).toEqual([]);
  });

  it("reads the state's channel by default, the one logistics works in", () => {
    expect(canTransition("SUBMITTED", "IN_PREPARATION", "LOGISTICS")).toBe(true);
    expect(canTransition("SUBMITTED", "CONFIRMED", "CONSORTIUM")).toBe(false);
  });

  it("lists an actor's moves from a status", () => {
    expect(movesFrom("CONSORTIUM", "SUBMITTED", "CONSORTIUM")).toEqual(["CONFIRMED", "REFUSED"]);
    expect(movesFrom("CONSORTIUM", "CONFIRMED", "CONSORTIUM")).toEqual(["REFUSED", "SHIPPED"]);
    expect(movesFrom("STATE", "DELIVERED", "ESTABLISHMENT")).toEqual(["RECEIVED"]);
    expect(movesFrom("STATE", "RECEIVED", "ESTABLISHMENT")).toEqual([]);
  });
});

describe("channels and labels", () => {
  it("puts consortium orders in their own channel, emergencies in the state's", () => {
    expect(channelOf("CONSORTIUM")).toBe("CONSORTIUM");
    expect(channelOf("STATE_STOCK")).toBe("STATE");
    expect(channelOf("EMERGENCY")).toBe("STATE");
  });

  it("says « transmise au groupement » for a forwarded consortium order", () => {
    expect(orderStatusLabel("CONSORTIUM", "SUBMITTED")).toBe("Transmise au groupement");
    expect(orderStatusLabel("STATE", "SUBMITTED")).toBe("Transmise");
    expect(orderStatusLabel("CONSORTIUM", "CONFIRMED")).toBe("Confirmée");
  });
});

describe("status history", () => {
  const at = (iso: string) => new Date(iso);

  it("dates each status reached, oldest first", () => {
    expect(
      statusHistory("STATE", {
        createdAt: at("2026-12-01T08:00:00Z"),
        preparedAt: at("2026-12-01T10:00:00Z"),
        shippedAt: at("2026-12-02T09:00:00Z"),
        deliveredAt: null,
        receivedAt: at("2026-12-03T15:00:00Z"),
      }),
    ).toEqual([
      { status: "SUBMITTED", label: "Transmise", at: at("2026-12-01T08:00:00Z") },
      { status: "IN_PREPARATION", label: "En préparation", at: at("2026-12-01T10:00:00Z") },
      { status: "SHIPPED", label: "Expédiée", at: at("2026-12-02T09:00:00Z") },
      { status: "RECEIVED", label: "Reçue", at: at("2026-12-03T15:00:00Z") },
    ]);
  });

  it("shows a consortium order's steps in its own words", () => {
    expect(
      statusHistory("CONSORTIUM", { createdAt: at("2026-12-01T08:00:00Z"), confirmedAt: at("2026-12-01T09:00:00Z"), preparedAt: at("2026-12-01T09:30:00Z") }).map(
        (s) => s.label,
      ),
    ).toEqual(["Transmise au groupement", "Confirmée"]);
  });
});
