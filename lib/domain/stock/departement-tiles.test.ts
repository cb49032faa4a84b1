import { describe, expect, it } from "vitest";
import { DEPARTEMENTS, REGIONS } from "../referential/regions";
import { cropTiles, DEPARTEMENT_TILES } from "./departement-tiles";

describe("the départements' tile grid", () => {
  it("has one tile per département covered by an ARS, and no two on the same square", () => {
    const covered = DEPARTEMENTS.filter((d) => d.regionCode !== null).map((d) => d.code).sort();
    expect([...DEPARTEMENT_TILES.keys()].sort()).toEqual(covered);
    const squares = new Set([...DEPARTEMENT_TILES.values()].map((t) => `${t.column},${t.row}`));
    expect(squares.size).toBe(DEPARTEMENT_TILES.size);
  });

  it("crops a region to its own tiles, each region at most 6 × 6", () => {
    const ara = cropTiles(DEPARTEMENTS.filter((d) => d.regionCode === "84").map((d) => d.code));
    expect(ara).toMatchObject({ columns: 6, rows: 4 });
    expect(ara.tiles.find((t) => t.code === "03")).toEqual({ code: "03", column: 1, row: 0 });
    for (const region of REGIONS) {
      const { tiles, columns, rows } = cropTiles(DEPARTEMENTS.filter((d) => d.regionCode === region.code).map((d) => d.code));
      expect(tiles.length).toBeGreaterThan(0);
      expect(Math.max(columns, rows)).toBeLessThanOrEqual(6);
    }
    expect(cropTiles(["975"])).toEqual({ tiles: [], columns: 0, rows: 0 });
  });
});
