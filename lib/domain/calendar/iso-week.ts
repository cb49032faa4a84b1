/** ISO weeks in Europe/Paris: quotas are weekly, and a wrong Monday is a bug. */
export interface IsoWeek {
  /** "2026-W48" */
  key: string;
  year: number;
  week: number;
  /** Monday 00:00 Europe/Paris, as an instant. */
  startsAt: Date;
  /** The next Monday 00:00 Europe/Paris (exclusive). */
  endsAt: Date;
}

const PARIS = "Europe/Paris";
const DAY = 86_400_000;

/** The calendar date (y, m, d) an instant falls on in Paris. */
function parisDate(instant: Date): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: PARIS, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

/** The instant of 00:00 in Paris on a calendar date (CET or CEST, whichever applies that day). */
function parisMidnight(year: number, month: number, day: number): Date {
  const utcGuess = Date.UTC(year, month - 1, day);
  for (const offsetHours of [1, 2]) {
    const candidate = new Date(utcGuess - offsetHours * 3_600_000);
    const d = parisDate(candidate);
    const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: PARIS, hour: "2-digit", hourCycle: "h23" }).format(candidate));
    if (d.year === year && d.month === month && d.day === day && hour === 0) return candidate;
  }
  throw new Error(`Minuit introuvable à Paris le ${year}-${month}-${day}`);
}

function isoWeekOfCalendarDate(year: number, month: number, day: number) {
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY);
  const isoYear = thursday.getUTCFullYear();
  // The week's Thursday decides its ISO year; its day of that year decides the week number.
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / DAY / 7) + 1;
  const monday = new Date(date.getTime() - weekday * DAY);
  return { isoYear, week, monday };
}

export function weekKey(year: number, week: number): string {
  return `${year}-W${String(week).padStart(2, "0")}`;
}

export function isoWeekOf(instant: Date): IsoWeek {
  const { year, month, day } = parisDate(instant);
  const { isoYear, week, monday } = isoWeekOfCalendarDate(year, month, day);
  const nextMonday = new Date(monday.getTime() + 7 * DAY);
  return {
    key: weekKey(isoYear, week),
    year: isoYear,
    week,
    startsAt: parisMidnight(monday.getUTCFullYear(), monday.getUTCMonth() + 1, monday.getUTCDate()),
    endsAt: parisMidnight(nextMonday.getUTCFullYear(), nextMonday.getUTCMonth() + 1, nextMonday.getUTCDate()),
  };
}

const KEY = /^(\d{4})-W(\d{2})$/;

/** The first ISO year the portal knows: no order, quota or decree predates it. */
export const FIRST_WEEK_YEAR = 2020;

/** The ISO years a week read from outside may fall in: from 2020 to next year (the portal plans a year ahead at most). */
export function weekYearRange(now: Date): { first: number; last: number } {
  return { first: FIRST_WEEK_YEAR, last: isoWeekOf(now).year + 1 };
}

/**
 * The week of a key ("2026-W48"), or null when the key is malformed, names no week (2025-W53), or falls outside
 * `weekYearRange(now)`: every reader of a week typed or sent from outside goes through here, so 1900-W01 or 9999-W52
 * never reaches a computation or a query.
 */
export function parseWeekKey(key: string, now: Date = new Date()): IsoWeek | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const [year, week] = [Number(match[1]), Number(match[2])];
  const range = weekYearRange(now);
  if (year < range.first || year > range.last || week < 1) return null;
  const found = weekAround(year, week);
  return found.key === key ? found : null;
}

/** The ISO week holding the Thursday of week `week` of ISO year `year` (a later week when `week` overflows the year). */
function weekAround(year: number, week: number): IsoWeek {
  // Thursday of week 1 is 4 January's week; add (week - 1) weeks, then take that week.
  const jan4 = Date.UTC(year, 0, 4);
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
  return isoWeekOf(new Date(mondayOfWeek1 + (week - 1) * 7 * DAY + 3 * DAY + 12 * 3_600_000));
}

/** The week `offset` weeks after (or before, if negative) the given one. */
export function shiftedWeek(week: IsoWeek, offset: number): IsoWeek {
  return isoWeekOf(new Date(week.startsAt.getTime() + offset * 7 * DAY + 3 * DAY));
}

/**
 * The key `offset` weeks after (or before) a key the portal itself holds (today's, or one already parsed): a trend
 * may reach back before 2020, the range only bounds what comes from outside.
 */
export function shiftWeek(key: string, offset: number): string {
  const match = KEY.exec(key);
  const week = match && weekAround(Number(match[1]), Number(match[2]));
  if (!week || week.key !== key) throw new Error(`Semaine ISO invalide : ${key}`);
  return shiftedWeek(week, offset).key;
}
