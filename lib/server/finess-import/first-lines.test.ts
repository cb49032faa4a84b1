import { describe, expect, it } from "vitest";
import { FirstLines } from "./first-lines";

describe("FirstLines", () => {
  it("accepts a number once, then names the line that already has it", () => {
    const lines = new FirstLines();
    expect(lines.add(3, "010000024")).toBeNull();
    expect(lines.add(7, "010780054")).toBeNull();
    expect(lines.add(9, "010000024")).toBe("Doublon : le numéro FINESS 010000024 figure déjà ligne 3 ; ligne ignorée.");
  });
});
