/**
 * The moment a stock count is recorded at. A declaration is "now" unless the establishment gives the date it counted
 * (to catch up on a count made earlier): that day at noon, Paris time — never in the future, at most eight weeks
 * back, and not before its previous declaration (the history stays in order).
 */

import type { Refusal } from "../errors";
import { parisDateKey, parisDateKeyPlusDays, parisNoon } from "../time/paris-time";
import { stockRefusals } from "./refusals";

export const MAX_BACKDATE_DAYS = 56;

export type CountInstant = { ok: true; at: Date } | { ok: false; refusal: Refusal };

export function resolveCountInstant(countedOn: string | undefined, now: Date, previousAt: Date | null): CountInstant {
  const today = parisDateKey(now);
  let at = now;
  if (countedOn && countedOn !== today) {
    if (countedOn > today) return { ok: false, refusal: stockRefusals.refusal("COUNT_DATE_IN_FUTURE") };
    if (countedOn < parisDateKeyPlusDays(now, -MAX_BACKDATE_DAYS)) {
      return { ok: false, refusal: stockRefusals.refusal("COUNT_DATE_TOO_OLD") };
    }
    at = parisNoon(countedOn);
  }
  if (previousAt && at.getTime() < previousAt.getTime()) {
    return { ok: false, refusal: stockRefusals.refusal("COUNT_DATE_BEFORE_PREVIOUS", { previousAt }) };
  }
  return { ok: true, at };
}
