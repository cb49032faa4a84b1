import { describe, expect, it } from "vitest";
import { forecastCover, forecastSentence, type ForecastInput } from "./cover-forecast";

const plain = (s: string) => s.replace(/\u202f|\u00a0/g, " ");
// Monday 23 November 2026, 00:00 in Paris: the start of week 2026-W48.
const monday = new Date("2026-11-22T23:00:00Z");

const input = (overrides: Partial<ForecastInput> = {}): ForecastInput => ({
  now: monday,
  weeklyConsumption: 1200,
  stockUnits: 4000,
  stockAt: monday,
  deliveredSinceStock: 0,
  inFlightUnits: 400,
  weeklyQuota: 900,
  remainingQuotaThisWeek: 900,
  unitLabel: "masque",
  ...overrides,
});

function run(overrides: Partial<ForecastInput> = {}) {
  const i = input(overrides);
  const forecast = forecastCover(i);
  return { forecast, sentence: plain(forecastSentence(i, forecast)) };
}

describe("when cover falls under three weeks", () => {
  it("counts orders in flight and the weekly quota, and says so in one sentence", () => {
    // 4 400 available; this week +900 −1 200 → 4 100; then −300 a week: 3 800 (W49), 3 500 < 3 600 (W50).
    const { forecast, sentence } = run();
    expect(forecast).toMatchObject({ outcome: "FALLS_BELOW", week: "2026-W50", weeksAhead: 2, stockNow: 4000 });
    expect(sentence).toBe(
      "Au rythme de 1 200 masques par semaine, avec 4 000 en stock et 400 en cours de livraison, la couverture passera sous 3 semaines la semaine 2026-W50, malgré un contingent de 900 par semaine.",
    );
  });

  it("takes this week's remaining quota only, and only the rest of this week's consumption", () => {
    // Thursday noon: half the week left. 4 400 + 0 − 600 = 3 800 ≥ 3 600; then −300: W49 3 500 < 3 600.
    const thursday = new Date("2026-11-26T11:00:00Z");
    const { forecast } = run({ now: thursday, stockAt: thursday, remainingQuotaThisWeek: 0 });
    expect(forecast).toMatchObject({ outcome: "FALLS_BELOW", week: "2026-W49", weeksAhead: 1 });
  });

  it("estimates today's stock from the last declaration, deliveries since and consumption since", () => {
    const weekBefore = new Date(monday.getTime() - 7 * 86_400_000);
    const { forecast } = run({ stockUnits: 5000, stockAt: weekBefore, deliveredSinceStock: 200 });
    expect(forecast.stockNow).toBe(4000);
    expect(forecast).toMatchObject({ week: "2026-W50" });
  });

  it("says when cover is already under the target", () => {
    const { forecast, sentence } = run({ stockUnits: 3000 });
    expect(forecast).toMatchObject({ outcome: "ALREADY_BELOW", week: "2026-W48" });
    expect(forecast.weeksNow).toBeCloseTo(3400 / 1200, 9);
    expect(sentence).toBe(
      "Au rythme de 1 200 masques par semaine, avec 3 000 en stock et 400 en cours de livraison, la couverture est déjà sous 3 semaines (semaine 2026-W48).",
    );
  });

  it("holds when the quota covers consumption", () => {
    const { forecast, sentence } = run({ weeklyQuota: 1200 });
    expect(forecast.outcome).toBe("HOLDS");
    expect(sentence).toBe(
      "Au rythme de 1 200 masques par semaine, avec 4 000 en stock et 400 en cours de livraison, la couverture restera d'au moins 3 semaines grâce à un contingent de 1 200 par semaine.",
    );
  });

  it("assumes no new order outside tension", () => {
    const { forecast, sentence } = run({ weeklyQuota: null, remainingQuotaThisWeek: 0, inFlightUnits: 0, stockUnits: 6000 });
    // 6 000 − 1 200 = 4 800 (W48), 3 600 (W49), 2 400 (W50) < 3 600: W50.
    expect(forecast).toMatchObject({ outcome: "FALLS_BELOW", week: "2026-W50" });
    expect(sentence).toBe(
      "Au rythme de 1 200 masques par semaine, avec 6 000 en stock et rien en cours de livraison, la couverture passera sous 3 semaines la semaine 2026-W50, sans nouvelle commande.",
    );
  });

  it("does not look beyond a year, and crosses the ISO year", () => {
    expect(run({ weeklyQuota: 1199, stockUnits: 100_000 }).forecast.outcome).toBe("BEYOND_HORIZON");
    expect(run({ weeklyQuota: 1199, stockUnits: 100_000 }).sentence).toContain("ne passera pas sous 3 semaines avant un an, avec un contingent de 1 199 par semaine.");
    expect(run({ weeklyQuota: 0, stockUnits: 11_200, inFlightUnits: 0, remainingQuotaThisWeek: 0 }).forecast).toMatchObject({ week: "2027-W01" });
  });

  it("needs a positive consumption", () => {
    expect(() => forecastCover(input({ weeklyConsumption: 0 }))).toThrow("consommation hebdomadaire positive");
  });
});
