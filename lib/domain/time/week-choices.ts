import { formatDayMonth } from "../wording/french";
import { dayOfWeek, parseWeekKey, weekKey } from "./paris-time";

/** An ISO week as a week picker offers it: its key and a French label with its Monday and Sunday. */
export interface WeekChoice {
  key: string;
  week: number;
  label: string;
}


/** « Semaine 48 : 23 nov. – 29 nov. »: which days a week number means, since few people know it by heart. */
export function weekLabel(key: string): string {
  const week = parseWeekKey(key);
  if (!week) return key;
  return `Semaine ${week.week} : ${formatDayMonth(week.startsAt)} – ${formatDayMonth(dayOfWeek(week, 6))}`;
}

/** « à partir de la semaine 50 (7 déc. – 13 déc.) »: the start of something that lasts from a week on. */
export function fromWeekLabel(key: string): string {
  const week = parseWeekKey(key);
  if (!week) return `à partir de ${key}`;
  return `à partir de la semaine ${week.week} (${formatDayMonth(week.startsAt)} – ${formatDayMonth(dayOfWeek(week, 6))})`;
}

/** The 52 or 53 ISO weeks of an ISO year, in order. */
export function weeksOfYear(year: number): WeekChoice[] {
  const count = parseWeekKey(weekKey(year, 53)) ? 53 : 52;
  return Array.from({ length: count }, (_, index) => {
    const key = weekKey(year, index + 1);
    return { key, week: index + 1, label: weekLabel(key) };
  });
}
