/** Quota parameters are decimals typed the French way ("1,5" units per bed), at most four decimals. */
const DECIMAL = /^\d{1,7}(?:[,.]\d{1,4})?$/;

/** The value of "1,5", "0.25" or "3"; null for anything else (signs, exponents, spaces, more than four decimals). */
export function parseDecimal(input: string): number | null {
  const value = input.trim();
  return DECIMAL.test(value) ? Number(value.replace(",", ".")) : null;
}
