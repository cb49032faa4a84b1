import { describe, expect, it } from "vitest";
import { DEPARTEMENTS, REGIONS } from "../referential/regions";
import { hasGridPosition, placeTiles } from "./tile-grid";

describe("tile-grid maps", () => {
  it("place every metropolitan département and region on a square of its own", () => {
    const metropolitan = DEPARTEMENTS.filter((d) => d.code.length === 2);
    expect(metropolitan.filter((d) => !hasGridPosition("departement", d.code))).toEqual([]);
    const tiles = placeTiles("departement", metropolitan.map((d) => d.code));
    expect(new Set(tiles.map((t) => `${t.column},${t.row}`)).size).toBe(metropolitan.length);
    const regionTiles = placeTiles("region", REGIONS.map((r) => r.code));
    expect(new Set(regionTiles.map((t) => `${t.column},${t.row}`)).size).toBe(REGIONS.length);
  });

  it("crop the grid to the region shown and put overseas territories on a row below", () => {
    const ara = DEPARTEMENTS.filter((d) => d.regionCode === "84").map((d) => d.code);
    const tiles = placeTiles("departement", ara);
    expect(Math.min(...tiles.map((t) => t.column))).toBe(0);
    expect(Math.min(...tiles.map((t) => t.row))).toBe(0);
    expect(tiles.find((t) => t.code === "69")).toEqual({ code: "69", column: 2, row: 0 });
    const national = placeTiles("region", ["11", "84", "04", "06"]);
    expect(national.filter((t) => t.code === "04" || t.code === "06").map((t) => [t.column, t.row])).toEqual([
      [0, 3],
      [1, 3],
    ]);
  });

  it("show an overseas region as one square", () => {
    expect(placeTiles("departement", ["974"])).toEqual([{ code: "974", column: 0, row: 0 }]);
  });
});
