import { describe, expect, it } from "vitest";
import { allocationExplanation } from "./explanation";

const plain = (s: string) => s.replace(/\u202f|\u00a0/g, " ");

describe("what an establishment is told about its allocation", () => {
  it("names the partial fill and the pro-rata sharing", () => {
    expect(plain(allocationExplanation({ requestedPacks: 10, allocatedPacks: 6 }, { stockPacks: 1500, totalRequestedPacks: 2400, totalAllocatedPacks: 1500 }))).toBe(
      "Reçu 6 boîtes sur 10 demandées : stock national de 1 500 boîtes réparti au prorata des contingents (2 400 boîtes demandées en tout).",
    );
    expect(allocationExplanation({ requestedPacks: 1, allocatedPacks: 0 }, { stockPacks: 0, totalRequestedPacks: 3, totalAllocatedPacks: 0 })).toBe(
      "Reçu 0 boîte sur 1 demandée : stock national de 0 boîte réparti au prorata des contingents (3 boîtes demandées en tout).",
    );
  });

  it("says when the stock covered everything, or when the quota cut the request", () => {
    expect(allocationExplanation({ requestedPacks: 10, allocatedPacks: 10 }, { stockPacks: 500, totalRequestedPacks: 40, totalAllocatedPacks: 40 })).toBe(
      "Reçu 10 boîtes sur 10 demandées : le stock national de 500 boîtes couvrait toutes les demandes.",
    );
    expect(allocationExplanation({ requestedPacks: 10, allocatedPacks: 4 }, { stockPacks: 500, totalRequestedPacks: 40, totalAllocatedPacks: 34 })).toBe(
      "Reçu 4 boîtes sur 10 demandées : le stock national couvrait toutes les demandes, mais votre contingent restant de la semaine ne permettait que 4 boîtes.",
    );
  });
});
