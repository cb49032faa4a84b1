/**
 * The moment a stock count is recorded at. A declaration is "now" unless the establishment gives the date it counted
 * (to catch up on a count made earlier): that day at noon, Paris time — never in the future, at most eight weeks
 * back, and not before its previous declaration (the history stays in order).
 */

import type { Refusal } from "../errors";
import { stockRefusals } from "./refusals";

const PARIS = "Europe/Paris";
const DAY_MS = 86_400_000;
export const MAX_BACKDATE_DAYS = 56;

/** "2026-11-23": the calendar date of an instant in Paris. */
export function parisDateKey(instant: Date): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: PARIS, year: "numeric", month: "2-digit", day: "2-digit" }).format(instant);
}

/** The instant of a wall-clock time in Paris on a calendar date (CET or CEST, whichever applies then). */
export function parisInstant(dateKey: string, hour: number, minute = 0): Date {
  const [year, month, day] = dateKey.split("-").map(Number);
  const clock = new Intl.DateTimeFormat("en-GB", { timeZone: PARIS, hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(Date.UTC(year, month - 1, day, hour - offsetHours, minute));
    const expected = `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
    if (parisDateKey(candidate) === dateKey && clock.format(candidate) === expected) return candidate;
  }
  throw new Error(`Heure introuvable à Paris : ${dateKey} ${hour}:${minute}`);
}

/** 12:00 in Paris on a calendar date. */
export const parisNoon = (dateKey: string) => parisInstant(dateKey, 12);

export type CountInstant = { ok: true; at: Date } | { ok: false; refusal: Refusal };

export function resolveCountInstant(countedOn: string | undefined, now: Date, previousAt: Date | null): CountInstant {
  const today = parisDateKey(now);
  let at = now;
  if (countedOn && countedOn !== today) {
    if (countedOn > today) return { ok: false, refusal: stockRefusals.refusal("COUNT_DATE_IN_FUTURE") };
    if (countedOn < parisDateKey(new Date(now.getTime() - MAX_BACKDATE_DAYS * DAY_MS))) {
      return { ok: false, refusal: stockRefusals.refusal("COUNT_DATE_TOO_OLD") };
    }
    at = parisNoon(countedOn);
  }
  if (previousAt && at.getTime() < previousAt.getTime()) {
    return { ok: false, refusal: stockRefusals.refusal("COUNT_DATE_BEFORE_PREVIOUS", { previousAt }) };
  }
  return { ok: true, at };
}
