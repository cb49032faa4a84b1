import { describe, expect, it } from "vitest";
import { CATEGORIES } from "./categories";

// The user guide's list, section 1.A.
const GUIDE_ELIGIBLE = (
  "101 106 109 114 122 127 128 129 131 141 146 156 161 178 180 183 186 188 189 190 192 194 195 196 197 198 202 213 238 " +
  "246 249 252 253 255 292 354 355 362 365 370 377 379 382 390 395 396 412 425 430 433 437 444 445 446 448 449 500 501 " +
  "502 696 697 698 699"
).split(" ");

describe("seeded categories", () => {
  it("mark exactly the guide's list as eligible", () => {
    expect(CATEGORIES.filter((c) => c.eligible).map((c) => c.code).sort()).toEqual([...GUIDE_ELIGIBLE].sort());
  });

  it("include non-eligible categories such as pharmacies (620)", () => {
    expect(CATEGORIES.find((c) => c.code === "620")).toMatchObject({ eligible: false });
  });

  it("have unique 3-digit codes and a label", () => {
    expect(new Set(CATEGORIES.map((c) => c.code)).size).toBe(CATEGORIES.length);
    for (const c of CATEGORIES) {
      expect(c.code).toMatch(/^\d{3}$/);
      expect(c.label.length).toBeGreaterThan(3);
    }
  });
});
