/** Prices are entered and shown in euros with a decimal comma ("0,12 €"), and stored as whole euro cents. */

/** Up to 9 999 999,99 €: far above any EPI unit price, well inside a 32-bit integer of cents. */
export const MAX_PRICE_CENTS = 999_999_999;

// Digits (thousands may be grouped by spaces), then at most two decimals after a comma or a point, then an optional €.
const EUROS = /^(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[,.](\d{1,2}))?\s*(?:€)?$/;

/**
 * The exact number of cents of an amount typed in euros ("0,12", "1 250,5 €", "3"); null when it is not an amount
 * with at most two decimals. String arithmetic only: 0,29 € is 29 cents, never 28.999….
 */
export function parseEurosToCents(input: string): number | null {
  const match = EUROS.exec(input.trim());
  if (!match) return null;
  const euros = match[1].replace(/\D/g, "");
  const cents = (match[2] ?? "").padEnd(2, "0");
  const total = Number(euros) * 100 + Number(cents);
  return Number.isSafeInteger(total) && total <= MAX_PRICE_CENTS ? total : null;
}

/** "0,12" — the value to put back in a price input. */
export function centsToEurosInput(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const absolute = Math.abs(cents);
  return `${sign}${Math.floor(absolute / 100)},${String(absolute % 100).padStart(2, "0")}`;
}
