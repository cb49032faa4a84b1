import { describe, expect, it } from "vitest";
import { localAidSnapshot, parseLocalAidSnapshot } from "./local-aid-snapshot";

const lender = (finess: string, distanceKm: number | null) => ({ account: { finess, name: `CH ${finess}`, departementCode: "69" }, distanceKm, lendableUnits: 700 });

describe("local aid snapshot", () => {
  const snapshot = localAidSnapshot([
    { code: "MASQUES", name: "Masques", unitLabel: "masque", cover: { status: "ON_TARGET", weeksOfCover: 5, stockUnits: 500 }, lenders: [] },
    { code: "BLOUSES", name: "Blouses", unitLabel: "blouse", cover: { status: "NOT_DECLARED", weeksOfCover: null, stockUnits: 0 }, lenders: [] },
    {
      code: "GANTS",
      name: "Gants",
      unitLabel: "gant",
      cover: { status: "BELOW_TARGET", weeksOfCover: 1.24, stockUnits: 1200 },
      lenders: ["690000001", "690000002", "690000003", "690000004", "690000005", "690000006"].map((f, i) => lender(f, i === 5 ? null : 3.14159 * (i + 1))),
    },
  ]);

  it("keeps declared categories, the short ones first", () => {
    expect(snapshot.categories.map((c) => c.code)).toEqual(["GANTS", "MASQUES"]);
  });

  it("names at most five neighbours, distances to 100 m", () => {
    expect(snapshot.categories[0].lenders).toHaveLength(5);
    expect(snapshot.categories[0].lenders[0]).toEqual({ finess: "690000001", name: "CH 690000001", departementCode: "69", distanceKm: 3.1, lendableUnits: 700 });
  });

  it("reads back a stored snapshot, and nothing from an older request", () => {
    expect(parseLocalAidSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
    expect(parseLocalAidSnapshot(null)).toBeNull();
    expect(parseLocalAidSnapshot({})).toBeNull();
  });
});
