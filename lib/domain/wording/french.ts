/**
 * How the portal writes numbers, amounts, dates and counted things in French — the one place that knows: thin
 * no-break spaces between thousands (« 1 740 »), plurals by the French rule (0 and 1 singular: « 0 masque »,
 * « 1,5 masque », « 2 masques »), the plural of compound unit names on their head word (« 2 paires de lunettes »),
 * each product's packaging (« paquet », « carton », « rouleau »), and Paris dates.
 */

import { PARIS_TIME_ZONE } from "../time/paris-time";

const WHOLE = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat("fr-FR", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const MEASURE = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1 });
const DECIMAL = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 4, useGrouping: false });
const PERCENT = new Intl.NumberFormat("fr-FR", { style: "percent", maximumFractionDigits: 0 });
const EUROS = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" });
const UNIT_PRICE = new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR", minimumFractionDigits: 2, maximumFractionDigits: 4 });
const PLURAL = new Intl.PluralRules("fr-FR");

// ---------------------------------------------------------------------------------------------------------------------
// Numbers and amounts

/** « 1 740 »: a whole number, rounded, thousands apart. */
export const formatCount = (n: number) => WHOLE.format(Math.round(n));

/** French alphabetical order, as `a.localeCompare(b, "fr")` — one collator, not one per comparison (thousands of rows). */
export const compareFrench = new Intl.Collator("fr").compare;
/** « 2,5 »: weeks of cover, one decimal, rounded down (2.96 weeks is not 3). */
export const formatWeeks = (weeks: number) => ONE_DECIMAL.format(Math.floor(weeks * 10) / 10);
/** « 2,9 semaines », « 1,5 semaine »: weeks of cover, rounded down, in the French number. */
export function weeksOfCover(weeks: number): string {
  const shown = Math.floor(weeks * 10) / 10;
  return `${formatWeeks(shown)} ${inNumber(shown, WEEK)}`;
}
/** « 12,5 »: a measure (seconds, kilometres) to a tenth, thousands apart. */
export const formatMeasure = (n: number) => MEASURE.format(n);
/** « 1,5 » or « 0,25 »: a decimal as a French form takes it back (up to 4 decimals, no thousands grouping). */
export const formatDecimal = (n: number) => DECIMAL.format(n);
/** « 12,50 € ». */
export const formatEuros = (cents: number) => EUROS.format(cents / 100);
/** « 0,045 € »: a unit price keeps its fourth decimal. */
export const formatUnitPrice = (cents: number) => UNIT_PRICE.format(cents / 100);
/** « 42 % ». */
export const formatPercent = (share: number) => PERCENT.format(share);

// ---------------------------------------------------------------------------------------------------------------------
// Counted things

/** A noun in its two numbers, and its gender (for what agrees with it: « demandées »). */
export interface Noun {
  one: string;
  other: string;
  feminine: boolean;
}

/** The plural of one French word: « rouleau » → « rouleaux », « gant » → « gants », « prix » stays. */
function pluralWord(word: string): string {
  if (/[sxz]$/.test(word)) return word;
  if (/(eau|au|eu)$/.test(word)) return `${word}x`;
  return `${word}s`;
}

/**
 * A unit name as the catalogue stores it, in the singular (« masque », « paire de lunettes »): its plural puts the
 * head word alone in the plural (« paires de lunettes », never « paire de lunettess »).
 */
export function nounOf(singular: string, feminine = false): Noun {
  const [head, ...rest] = singular.split(" ");
  return { one: singular, other: [pluralWord(head), ...rest].join(" "), feminine };
}

/** The form of a noun for a count: French singular for 0 ≤ n < 2. */
export function inNumber(n: number, noun: Noun): string {
  return PLURAL.select(Math.abs(n)) === "one" ? noun.one : noun.other;
}

/** « 1 740 masques », « 1 paire de lunettes », « 0 boîte ». A bare string is a unit name in the singular. */
export function countOf(n: number, noun: Noun | string): string {
  return `${formatCount(n)} ${inNumber(Math.round(n), typeof noun === "string" ? nounOf(noun) : noun)}`;
}

/** A participle agreeing with a counted noun: (« boîtes », « demandé ») → « demandées ». */
export function agreeing(participle: string, n: number, noun: Noun): string {
  return `${participle}${noun.feminine ? "e" : ""}${PLURAL.select(Math.abs(n)) === "one" ? "" : "s"}`;
}

const WEEK = nounOf("semaine", true);

/** How products are packed: each product says which, and orders count in it. */
export const PACKAGINGS = {
  BOX: nounOf("boîte", true),
  PACKET: nounOf("paquet"),
  CARTON: nounOf("carton"),
  ROLL: nounOf("rouleau"),
} as const satisfies Record<string, Noun>;

export type Packaging = keyof typeof PACKAGINGS;

/** The packagings a product may have, in the catalogue form's order. */
export const PACKAGING_CODES = Object.keys(PACKAGINGS) as [Packaging, ...Packaging[]];

/** « Boîte », « Rouleau »: a packaging's name on its own, as a choice in a list. */
export const packagingLabel = (packaging: Packaging) => PACKAGINGS[packaging].one.charAt(0).toUpperCase() + PACKAGINGS[packaging].one.slice(1);

/** « 3 rouleaux », « 1 boîte »: a count of packs of a product's packaging. */
export const packsOf = (n: number, packaging: Packaging = "BOX") => countOf(n, PACKAGINGS[packaging]);

/** « Nombre de rouleaux »: what a quantity field of a product asks for, in its packaging. */
export const numberOfPacks = (packaging: Packaging = "BOX") => `Nombre de ${PACKAGINGS[packaging].other}`;

/** « 10 paires de lunettes par carton »: what one pack of a product holds. */
export const packContents = (packSize: number, unitLabel: string, packaging: Packaging = "BOX") =>
  `${countOf(packSize, unitLabel)} par ${PACKAGINGS[packaging].one}`;

/** « 12 boîtes de 50 », or « 12 rouleaux de 100 + 7 unités » when some units do not fill a pack. */
export function formatPacks(units: number, packSize: number, packaging: Packaging = "BOX"): string {
  const packs = Math.floor(units / packSize);
  const rest = units % packSize;
  const whole = `${countOf(packs, PACKAGINGS[packaging])} de ${formatCount(packSize)}`;
  return rest ? `${whole} + ${countOf(rest, "unité")}` : whole;
}

// ---------------------------------------------------------------------------------------------------------------------
// Names in a sentence

/**
 * A name as it reads inside a sentence: « Masques FFP2 » → « masques FFP2 », an acronym kept (« FFP2 » stays).
 */
export function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}

/** « a, b et c ». */
export function listing(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} et ${items.at(-1)}` : (items[0] ?? "");
}

// ---------------------------------------------------------------------------------------------------------------------
// Dates, always as read in Paris

const DATE_TIME = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS_TIME_ZONE, dateStyle: "short", timeStyle: "short" });
const DATE = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS_TIME_ZONE, dateStyle: "short" });
const DAY_MONTH = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS_TIME_ZONE, day: "numeric", month: "short" });
const LONG_DATE = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS_TIME_ZONE, weekday: "long", day: "numeric", month: "long", year: "numeric" });

/** « 23/11/2026 08:30 ». */
export const formatDateTime = (instant: Date) => DATE_TIME.format(instant);
/** « 23/11/2026 ». */
export const formatDate = (instant: Date) => DATE.format(instant);
/** « 23 nov. ». */
export const formatDayMonth = (instant: Date) => DAY_MONTH.format(instant);
/** « lundi 23 novembre 2026 ». */
export const formatLongDate = (instant: Date) => LONG_DATE.format(instant);

/** « 90 minutes », « 1 heure », « 10 heures »: a configured duration, in whole hours when it is one. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  return minutes % 60 === 0 ? countOf(minutes / 60, "heure") : countOf(minutes, "minute");
}

/** « 30 secondes », « 2 minutes »: a delay, in seconds under a minute, else in whole minutes (rounded up). */
export function formatDelay(seconds: number): string {
  return seconds < 60 ? countOf(seconds, "seconde") : countOf(Math.ceil(seconds / 60), "minute");
}
