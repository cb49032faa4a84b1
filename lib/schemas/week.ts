import { parseWeekKey, weekYearRange } from "@/lib/domain/time/paris-time";
import { z } from "./zod";

/**
 * A week typed in a form or read from a URL ("2026-W48"): an ISO week that exists, from 2020 to next year — the
 * range parseWeekKey enforces, said in the message.
 */
export function weekKeyField(example = "2026-W48") {
  return z
    .string()
    .trim()
    .toUpperCase()
    .refine((key) => parseWeekKey(key) !== null, {
      error: () => {
        const { first, last } = weekYearRange(new Date());
        return `Semaine invalide : indiquez-la au format ${example} (année, W, numéro de semaine ISO), de ${first} à ${last}.`;
      },
    });
}
