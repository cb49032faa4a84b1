import { parseWeekKey, weekKey } from "./iso-week";

/** An ISO week as a week picker offers it: its key and a French label with its Monday and Sunday. */
export interface WeekChoice {
  key: string;
  week: number;
  label: string;
}

const DAY = 86_400_000;
const dayMonth = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", day: "numeric", month: "short" });

/** « Semaine 48 : 23 nov. – 29 nov. »: which days a week number means, since few people know it by heart. */
export function weekLabel(key: string): string {
  const week = parseWeekKey(key);
  if (!week) return key;
  const sunday = new Date(week.endsAt.getTime() - DAY / 2);
  return `Semaine ${week.week} : ${dayMonth.format(week.startsAt)} – ${dayMonth.format(sunday)}`;
}

/** The 52 or 53 ISO weeks of an ISO year, in order. */
export function weeksOfYear(year: number): WeekChoice[] {
  const count = parseWeekKey(weekKey(year, 53)) ? 53 : 52;
  return Array.from({ length: count }, (_, index) => {
    const key = weekKey(year, index + 1);
    return { key, week: index + 1, label: weekLabel(key) };
  });
}
