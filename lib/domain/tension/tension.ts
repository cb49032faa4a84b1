/** A ministry decree putting an EPI category in supply tension from `startsAt` until `endsAt` (exclusive). */
export interface Decree {
  categoryCode: string;
  startsAt: Date;
  endsAt: Date | null;
}

export function isDecreeActive(decree: Decree, now: Date): boolean {
  return decree.startsAt <= now && (decree.endsAt === null || now < decree.endsAt);
}

/** The categories in tension at `now`: served free from the state stock, under weekly quota. */
export function categoriesInTension(decrees: readonly Decree[], now: Date): Set<string> {
  return new Set(decrees.filter((d) => isDecreeActive(d, now)).map((d) => d.categoryCode));
}

/**
 * The categories in tension at some instant of a period [startsAt, endsAt) — for a past ISO week, those whose orders
 * were held to the weekly quota (reports use it; ordering uses the decrees active at the moment of the order).
 */
export function categoriesInTensionDuring(decrees: readonly Decree[], period: { startsAt: Date; endsAt: Date }): Set<string> {
  return new Set(
    decrees.filter((d) => d.startsAt < period.endsAt && (d.endsAt === null || d.endsAt > period.startsAt)).map((d) => d.categoryCode),
  );
}
