import { z } from "./zod";

/** Text fields as forms send them: trimmed, bounded, each bound with its own French message. */

/** The id of a row picked from a list or carried by a row's form (product, order, request…). */
export const rowId = (message: string) => z.string().trim().min(1, message).max(40, message);

/** A required text, trimmed: at least `min` characters (1 unless told), at most `max`. */
export const requiredText = (max: number, { missing, tooLong, min = 1 }: { missing: string; tooLong: string; min?: number }) =>
  z.string().trim().min(min, missing).max(max, tooLong);

/** An optional text, trimmed; empty becomes null. */
export const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => value || null);
