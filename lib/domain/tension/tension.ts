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
