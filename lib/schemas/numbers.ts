import { z } from "./zod";

const SPACES = /[\s\u00a0\u202f]/g;
const DIGITS = /^-?\d{1,12}$/;

/**
 * A whole number as a form sends it (text, with spaces as thousands separators: "1 000") or as a program sends it (a
 * JSON number). Text counts only when it is decimal digits: "0x10", "1e3", "1,5", true or "" are refused with
 * `invalid`, never coerced (z.coerce.number would read "0x10" as 16 and true as 1).
 */
export function integerField({ min, max, invalid, tooSmall = invalid, tooBig = invalid }: {
  min: number;
  max: number;
  invalid: string;
  tooSmall?: string;
  tooBig?: string;
}) {
  return z.preprocess(
    (value) => {
      if (typeof value !== "string") return value;
      const text = value.replace(SPACES, "");
      return DIGITS.test(text) ? Number(text) : value;
    },
    z.number({ error: invalid }).int(invalid).min(min, tooSmall).max(max, tooBig),
  );
}
