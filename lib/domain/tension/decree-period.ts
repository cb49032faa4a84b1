import { isDecreeActive, type Decree } from "./tension";

/** How the admin pages name a decree's state at a given instant. */
export type DecreeStatus = "en cours" | "à venir" | "terminé";

export function decreeStatus(decree: Decree, now: Date): DecreeStatus {
  if (isDecreeActive(decree, now)) return "en cours";
  return decree.startsAt > now ? "à venir" : "terminé";
}

/** Whether two decree periods, each [startsAt, endsAt) with a null end meaning open-ended, share an instant. */
export function decreePeriodsOverlap(a: Pick<Decree, "startsAt" | "endsAt">, b: Pick<Decree, "startsAt" | "endsAt">): boolean {
  const aEndsAfterBStarts = a.endsAt === null || a.endsAt > b.startsAt;
  const bEndsAfterAStarts = b.endsAt === null || b.endsAt > a.startsAt;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

/** The first decree of the same category whose period overlaps the candidate's, if any. */
export function findOverlappingDecree<D extends Decree>(candidate: Decree, existing: readonly D[]): D | undefined {
  return existing.find((d) => d.categoryCode === candidate.categoryCode && decreePeriodsOverlap(candidate, d));
}

const STATUS_ORDER: Record<DecreeStatus, number> = { "en cours": 0, "à venir": 1, terminé: 2 };

/** Running decrees first, then upcoming ones (soonest first), then ended ones (most recent first). */
export function sortDecreesForDisplay<D extends Decree>(decrees: readonly D[], now: Date): D[] {
  return [...decrees].sort((a, b) => {
    const byStatus = STATUS_ORDER[decreeStatus(a, now)] - STATUS_ORDER[decreeStatus(b, now)];
    if (byStatus !== 0) return byStatus;
    const byStart = a.startsAt.getTime() - b.startsAt.getTime();
    return decreeStatus(a, now) === "terminé" ? -byStart : byStart;
  });
}

/**
 * Why a decree cannot be ended at `now`, or null when it can: only a running decree is ended, and ending it sets its
 * end to `now`, which keeps `endsAt > startsAt`.
 */
export function cannotEndDecreeReason(decree: Decree, now: Date): "DECREE_ALREADY_ENDED" | "DECREE_NOT_STARTED" | null {
  const status = decreeStatus(decree, now);
  if (status === "terminé") return "DECREE_ALREADY_ENDED";
  if (status === "à venir" || decree.startsAt.getTime() === now.getTime()) return "DECREE_NOT_STARTED";
  return null;
}
