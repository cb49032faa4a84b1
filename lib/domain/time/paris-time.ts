/**
 * The portal's one clock: Europe/Paris wall-clock time and ISO weeks. Quotas are weekly and a wrong Monday is a bug;
 * forms type Paris times; the hour that does not exist in spring and the one that happens twice in autumn are
 * decided here, once. Durations (elapsed milliseconds) need no time zone; calendar days, hours of the day and weeks
 * always go through this module.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/** The portal's one time zone, for what takes it by name (a formatter, the job scheduler). */
export const PARIS_TIME_ZONE = "Europe/Paris";

const WALL_CLOCK = new Intl.DateTimeFormat("en-CA", {
  timeZone: PARIS_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** A Paris wall-clock time, month 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a Paris clock showed at an instant. */
export function parisWallClock(instant: Date): WallClock {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-11-23": the calendar date of an instant in Paris. */
export function parisDateKey(instant: Date): string {
  const { year, month, day } = parisWallClock(instant);
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** "2026-11-23T08:30": the Paris wall-clock time of an instant, minutes precision, as a datetime-local value. */
export function toParisLocalDateTime(instant: Date): string {
  const { hour, minute } = parisWallClock(instant);
  return `${parisDateKey(instant)}T${pad(hour)}:${pad(minute)}`;
}

/**
 * The instant a Paris clock shows a wall-clock time: in the autumn hour that happens twice the first one, still in
 * summer time; null for a time inside the spring gap (02:00–02:59 on the last Sunday of March), which does not exist.
 */
export function instantOfParisClock(year: number, month: number, day: number, hour = 0, minute = 0): Date | null {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // Summer time first (+2 h), so the earlier of two matching instants wins.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * HOUR_MS);
    const shown = parisWallClock(candidate);
    if (shown.year === year && shown.month === month && shown.day === day && shown.hour === hour && shown.minute === minute) return candidate;
  }
  return null;
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant of a wall-clock time in Paris on a calendar date ("2026-11-23"); null when that time does not exist. */
export function parisInstant(dateKey: string, hour: number, minute = 0): Date | null {
  const match = DATE_KEY.exec(dateKey);
  return match ? instantOfParisClock(Number(match[1]), Number(match[2]), Number(match[3]), hour, minute) : null;
}

/** 12:00 in Paris on a calendar date (noon always exists). */
export const parisNoon = (dateKey: string) => parisInstant(dateKey, 12)!;

/** The calendar date `days` after (before, if negative) the one an instant falls on in Paris. */
export function parisDateKeyPlusDays(instant: Date, days: number): string {
  const { year, month, day } = parisWallClock(instant);
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** "2026-02-30" has the format but is no day of the calendar. */
export function isCalendarDate(dateKey: string): boolean {
  const match = DATE_KEY.exec(dateKey);
  return !!match && isDayOfCalendar(Number(match[1]), Number(match[2]), Number(match[3]));
}

function isDayOfCalendar(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1000 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The Paris wall-clock time of an instant written as if it were UTC: for what has no time zone (a spreadsheet cell),
 * which must show what a Paris clock showed.
 */
export function parisWallClockAsUtc(instant: Date): Date {
  const { year, month, day, hour, minute, second } = parisWallClock(instant);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export type ParisLocalDateTime =
  | { ok: true; instant: Date }
  /** "format": not a "YYYY-MM-DDTHH:mm" of a real date; "skipped": an hour that does not exist in Paris (spring DST gap). */
  | { ok: false; reason: "format" | "skipped" };

/** The instant of a datetime-local value typed as Paris time ("2026-11-23T08:30"). */
export function parisLocalDateTimeToInstant(value: string): ParisLocalDateTime {
  const match = LOCAL.exec(value);
  if (!match) return { ok: false, reason: "format" };
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  if (!isDayOfCalendar(year, month, day) || hour > 23 || minute > 59) return { ok: false, reason: "format" };
  const instant = instantOfParisClock(year, month, day, hour, minute);
  return instant ? { ok: true, instant } : { ok: false, reason: "skipped" };
}

// ---------------------------------------------------------------------------------------------------------------------
// ISO weeks

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

const KEY = /^(\d{4})-W(\d{2})$/;

export function weekKey(year: number, week: number): string {
  return `${year}-W${pad(week)}`;
}

/** Midnight in Paris starting a calendar date given as a UTC date (midnight always exists in Paris). */
const parisMidnight = (date: Date) => instantOfParisClock(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())!;

export function isoWeekOf(instant: Date): IsoWeek {
  const { year, month, day } = parisWallClock(instant);
  const date = new Date(Date.UTC(year, month - 1, day));
  const weekday = (date.getUTCDay() + 6) % 7; // Monday = 0
  // The week's Thursday decides its ISO year; its day of that year decides the week number.
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / WEEK_MS) + 1;
  const monday = new Date(date.getTime() - weekday * DAY_MS);
  return {
    key: weekKey(isoYear, week),
    year: isoYear,
    week,
    startsAt: parisMidnight(monday),
    endsAt: parisMidnight(new Date(monday.getTime() + WEEK_MS)),
  };
}

/** A day of a week at a Paris hour: `weekday` 0 for Monday … 6 for Sunday (Thursday noon: 3, 12). */
export function dayOfWeek(week: IsoWeek, weekday: number, hour = 0): Date {
  return instantOfParisClock(...dateOf(week.startsAt, weekday), hour)!;
}

function dateOf(instant: Date, plusDays: number): [number, number, number] {
  const [year, month, day] = parisDateKeyPlusDays(instant, plusDays).split("-").map(Number);
  return [year, month, day];
}

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
  const mondayOfWeek1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY_MS;
  return isoWeekOf(new Date(mondayOfWeek1 + (week - 1) * WEEK_MS + 3 * DAY_MS + 12 * HOUR_MS));
}

/** The week `offset` weeks after (or before, if negative) the given one. */
export function shiftedWeek(week: IsoWeek, offset: number): IsoWeek {
  return isoWeekOf(new Date(week.startsAt.getTime() + offset * WEEK_MS + 3 * DAY_MS));
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
