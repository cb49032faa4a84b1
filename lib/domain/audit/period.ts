import { parisDateKeyPlusDays, parisInstant, parisNoon } from "../time/paris-time";

/**
 * A journal period typed as Paris calendar days, both included: from midnight of the first day to midnight after the
 * last one. A missing bound leaves that side open.
 */
export function auditPeriod(from: string | undefined, to: string | undefined): { gte?: Date; lt?: Date } {
  return {
    ...(from ? { gte: parisInstant(from, 0)! } : {}),
    ...(to ? { lt: parisInstant(parisDateKeyPlusDays(parisNoon(to), 1), 0)! } : {}),
  };
}
