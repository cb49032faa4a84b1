import { describe, expect, it } from "vitest";
import {
  agreeing,
  countOf,
  formatCount,
  formatDateTime,
  formatDayMonth,
  formatDecimal,
  formatDelay,
  formatDuration,
  formatEuros,
  formatLongDate,
  formatPacks,
  formatPercent,
  formatUnitPrice,
  formatWeeks,
  inNumber,
  inSentence,
  listing,
  nounOf,
  numberOfPacks,
  packContents,
  PACKAGING_CODES,
  packagingLabel,
  PACKAGINGS,
  packsOf,
  weeksOfCover,
} from "./french";

/** U+202F, the thin no-break space French puts between thousands. */
const THIN = "\u202f";

describe("numbers and amounts", () => {
  it("separates thousands with a thin no-break space, everywhere the same", () => {
    expect(formatCount(1740)).toBe(`1${THIN}740`);
    expect(formatCount(2_000_000)).toBe(`2${THIN}000${THIN}000`);
    expect(formatCount(12.6)).toBe("13");
    expect(countOf(1740, "masque")).toBe(`1${THIN}740 masques`);
  });

  it("writes euros, unit prices, decimals for inputs and percentages the French way", () => {
    expect(formatEuros(12)).toBe("0,12\u00a0€");
    expect(formatEuros(125_050)).toBe(`1${THIN}250,50\u00a0€`);
    expect(formatUnitPrice(4.5)).toBe("0,045\u00a0€");
    expect(formatDecimal(1.5)).toBe("1,5");
    expect(formatDecimal(1234.25)).toBe("1234,25");
    expect(formatPercent(0.42)).toBe("42\u00a0%");
  });

  it("never rounds weeks of cover up to the target", () => {
    expect(formatWeeks(2.97)).toBe("2,9");
    expect(formatWeeks(3)).toBe("3,0");
  });
});

describe("counted things", () => {
  it("uses the French plural rule: 0 and 1 (and 1,5) singular, from 2 plural", () => {
    expect(countOf(0, "masque")).toBe("0 masque");
    expect(countOf(1, "masque")).toBe("1 masque");
    expect(countOf(2, "masque")).toBe("2 masques");
    expect(inNumber(1.5, nounOf("masque"))).toBe("masque");
    expect(inNumber(1_000_000, nounOf("masque"))).toBe("masques");
  });

  it("puts a compound unit name's head word in the plural: « paires de lunettes », never « paire de lunettess »", () => {
    expect(countOf(10, "paire de lunettes")).toBe("10 paires de lunettes");
    expect(countOf(1, "paire de lunettes")).toBe("1 paire de lunettes");
    expect(countOf(100, "gant")).toBe("100 gants");
  });

  it("knows the plural of each packaging: « rouleaux », « paquets », « cartons », « boîtes »", () => {
    expect(countOf(3, PACKAGINGS.ROLL)).toBe("3 rouleaux");
    expect(countOf(3, PACKAGINGS.PACKET)).toBe("3 paquets");
    expect(countOf(1, PACKAGINGS.CARTON)).toBe("1 carton");
    expect(countOf(12, PACKAGINGS.BOX)).toBe("12 boîtes");
  });

  it("names each packaging on its own, as the catalogue form offers them", () => {
    expect(PACKAGING_CODES.map(packagingLabel)).toEqual(["Boîte", "Paquet", "Carton", "Rouleau"]);
    expect(PACKAGING_CODES.map(numberOfPacks)).toEqual(["Nombre de boîtes", "Nombre de paquets", "Nombre de cartons", "Nombre de rouleaux"]);
  });

  it("counts units in packs of the product's packaging, with the units left over", () => {
    expect(formatPacks(50, 50)).toBe("1 boîte de 50");
    expect(formatPacks(12_007, 50)).toBe(`240 boîtes de 50 + 7 unités`);
    expect(formatPacks(1, 50)).toBe("0 boîte de 50 + 1 unité");
    expect(formatPacks(300, 100, "ROLL")).toBe("3 rouleaux de 100");
  });

  it("says what one pack of a product holds, in its own packaging: never « 10 paire de lunettess par boîte »", () => {
    expect(packContents(10, "paire de lunettes", "CARTON")).toBe("10 paires de lunettes par carton");
    expect(packContents(100, "tablier", "ROLL")).toBe("100 tabliers par rouleau");
    expect(packContents(1, "masque")).toBe("1 masque par boîte");
    expect(packsOf(1_500, "PACKET")).toBe(`1${THIN}500 paquets`);
    expect(packsOf(1, "ROLL")).toBe("1 rouleau");
  });

  it("makes a participle agree with what is counted", () => {
    expect(agreeing("demandé", 10, PACKAGINGS.BOX)).toBe("demandées");
    expect(agreeing("demandé", 1, PACKAGINGS.BOX)).toBe("demandée");
    expect(agreeing("demandé", 10, PACKAGINGS.ROLL)).toBe("demandés");
  });
});

describe("names in a sentence", () => {
  it("lowers a category's first letter but keeps its acronym: « masques FFP2 », never « masques ffp2 »", () => {
    expect(inSentence("Masques FFP2")).toBe("masques FFP2");
    expect(inSentence("Gants")).toBe("gants");
    expect(inSentence("FFP2 en vrac")).toBe("FFP2 en vrac");
  });

  it("lists with a final « et »", () => {
    expect(listing(["a"])).toBe("a");
    expect(listing(["a", "b", "c"])).toBe("a, b et c");
  });
});

describe("dates and delays", () => {
  it("shows instants as read in Paris, in winter and in summer", () => {
    expect(formatDateTime(new Date("2026-07-14T06:30:00Z"))).toBe("14/07/2026 08:30");
    expect(formatDateTime(new Date("2026-11-22T23:30:00Z"))).toBe("23/11/2026 00:30");
    expect(formatLongDate(new Date("2026-11-22T23:30:00Z"))).toBe("lundi 23 novembre 2026");
    expect(formatDayMonth(new Date("2026-11-29T12:00:00Z"))).toBe("29 nov.");
  });

  it("says weeks of cover in the French number, rounded down", () => {
    expect(weeksOfCover(1.99)).toBe("1,9 semaine");
    expect(weeksOfCover(2)).toBe("2,0 semaines");
    expect(weeksOfCover(0.5)).toBe("0,5 semaine");
  });

  it("says a configured duration in hours when it is whole hours, else in minutes", () => {
    expect(formatDuration(3_600_000)).toBe("1 heure");
    expect(formatDuration(10 * 3_600_000)).toBe("10 heures");
    expect(formatDuration(90 * 60_000)).toBe("90 minutes");
  });

  it("says a delay in seconds under a minute, else in whole minutes", () => {
    expect(formatDelay(1)).toBe("1 seconde");
    expect(formatDelay(45)).toBe("45 secondes");
    expect(formatDelay(61)).toBe("2 minutes");
  });
});
