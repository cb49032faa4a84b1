import { describe, expect, it } from "vitest";
import { accountCover, lastDeclarationAt, type CoverCategory } from "./account-cover";

const DAY = 86_400_000;
// Monday 23 November 2026, 10:00 in Paris.
const now = new Date("2026-11-23T09:00:00Z");
const daysAgo = (n: number) => new Date(now.getTime() - n * DAY);
const plain = (s: string) => s.replace(/\u202f|\u00a0/g, " ");

const categories: CoverCategory[] = [
  { code: "MASQUES_FFP2", name: "Masques FFP2", unitLabel: "masque", productIds: ["ffp2"], inTension: true, allowedUnits: 390, usedUnits: 100 },
  { code: "GANTS", name: "Gants", unitLabel: "gant", productIds: ["gloves"], inTension: false, allowedUnits: 0, usedUnits: 0 },
  { code: "BLOUSES", name: "Blouses", unitLabel: "blouse", productIds: ["gowns"], inTension: false, allowedUnits: 0, usedUnits: 0 },
  { code: "LUNETTES", name: "Lunettes", unitLabel: "paire de lunettes", productIds: ["glasses"], inTension: false, allowedUnits: 0, usedUnits: 0 },
];

describe("an account's cover, category by category", () => {
  const view = accountCover(
    categories,
    {
      declarations: [
        { productId: "ffp2", quantity: 2000, declaredAt: daysAgo(14) },
        { productId: "ffp2", quantity: 300, declaredAt: daysAgo(0) },
        { productId: "gloves", quantity: 800, declaredAt: daysAgo(2) },
        { productId: "glasses", quantity: 40, declaredAt: daysAgo(9) },
        { productId: "glasses", quantity: 40, declaredAt: daysAgo(2) },
      ],
      deliveries: [
        { productId: "ffp2", units: 200, deliveredAt: daysAgo(7) },
        { productId: "ffp2", units: 500, deliveredAt: daysAgo(20) },
      ],
      inFlight: [{ categoryCode: "MASQUES_FFP2", units: 100 }],
    },
    now,
  );
  const byCode = (code: string) => view.find((v) => v.code === code)!;

  it("measures cover and explains the forecast with the quota and the orders in flight", () => {
    // (2 000 + 200 − 300) over 2 weeks: 950 a week; 300 in stock: 0.3 weeks.
    const ffp2 = byCode("MASQUES_FFP2");
    expect(ffp2.cover).toMatchObject({ status: "BELOW_TARGET", stockUnits: 300, weeklyConsumption: 950 });
    expect(ffp2.forecast).toMatchObject({ outcome: "ALREADY_BELOW", week: "2026-W48" });
    expect(plain(ffp2.explanation)).toBe(
      "Au rythme de 950 masques par semaine, avec 300 en stock et 100 en cours de livraison, la couverture est déjà sous 3 semaines (semaine 2026-W48).",
    );
  });

  it("says why there is no forecast", () => {
    expect(byCode("GANTS")).toMatchObject({ forecast: null, explanation: "Estimation impossible : déclarez votre stock au moins deux fois." });
    expect(byCode("BLOUSES")).toMatchObject({ forecast: null, explanation: "Aucune déclaration de stock pour cette catégorie." });
    expect(byCode("LUNETTES").explanation).toContain("Aucune consommation observée");
  });

  it("dates the account's last declaration", () => {
    expect(lastDeclarationAt({ declarations: [{ quantity: 1, declaredAt: daysAgo(3) }, { quantity: 1, declaredAt: daysAgo(1) }] })).toEqual(daysAgo(1));
    expect(lastDeclarationAt({ declarations: [] })).toBeNull();
  });
});
