/**
 * Date-times typed in forms (`<input type="datetime-local">`, "2026-11-23T08:30") are Europe/Paris wall-clock times.
 * Turning one into an instant needs the offset of that day and hour: +01:00 in winter, +02:00 in summer.
 */
const PARIS = "Europe/Paris";
const HOUR = 3_600_000;
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

const WALL_CLOCK = new Intl.DateTimeFormat("en-CA", {
  timeZone: PARIS,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/** "2026-11-23T08:30": the Paris wall-clock time of an instant, minutes precision, as a datetime-local value. */
export function toParisLocalDateTime(instant: Date): string {
  const parts = Object.fromEntries(WALL_CLOCK.formatToParts(instant).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

export type ParisLocalDateTime =
  | { ok: true; instant: Date }
  /** "format": not a "YYYY-MM-DDTHH:mm" of a real date; "skipped": an hour that does not exist in Paris (spring DST gap). */
  | { ok: false; reason: "format" | "skipped" };

/**
 * The instant of a Paris wall-clock time. In the autumn hour that happens twice (e.g. 02:30 on the last Sunday of
 * October) the first one, still in summer time, is taken; a time inside the spring gap (02:00–02:59 on the last
 * Sunday of March) does not exist and is refused rather than silently moved.
 */
export function parisLocalDateTimeToInstant(value: string): ParisLocalDateTime {
  const match = LOCAL.exec(value);
  if (!match) return { ok: false, reason: "format" };
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  const calendar = new Date(asUtc);
  if (calendar.getUTCMonth() !== month - 1 || calendar.getUTCDate() !== day || hour > 23 || minute > 59) {
    return { ok: false, reason: "format" };
  }
  // Summer time first (+2 h), so the earlier of two matching instants wins.
  for (const offsetHours of [2, 1]) {
    const candidate = new Date(asUtc - offsetHours * HOUR);
    if (toParisLocalDateTime(candidate) === value) return { ok: true, instant: candidate };
  }
  return { ok: false, reason: "skipped" };
}

const DISPLAY = new Intl.DateTimeFormat("fr-FR", { timeZone: PARIS, dateStyle: "short", timeStyle: "short" });

/** "23/11/2026 08:30", in Paris time, for tables. */
export function formatParisDateTime(instant: Date): string {
  return DISPLAY.format(instant);
}
