/**
 * FINESS numbers: 9 characters, the first two mostly the département ("01"…"95", "2A", "2B"; overseas numbers start
 * with 97 or 98, so the record's département field, not the number, says where an establishment is), the last one a
 * Luhn key over the first eight. The letters 9A…9J, which FINESS files use for overseas départements, stay accepted.
 */
export type FinessNumberError = "length" | "characters" | "key";

const SHAPE = /^(?:\d{2}|2[AB]|9[A-J])\d{7}$/;

/**
 * The letter of Corsica's and overseas département codes counts as a digit for the key: A=1, B=2, … J=0
 * (2A → 21, 2B → 22, the convention of the validators we know of; see docs/decisions/0004-finess-key.md).
 */
function keyDigits(finess: string): number[] {
  const digits: number[] = [];
  for (let i = 0; i < finess.length; i++) {
    const code = finess.charCodeAt(i);
    // "A".."J" (65..74) → 1..9, 0; "0".."9" (48..57) → 0..9.
    digits.push(code >= 65 && code <= 74 ? (code - 64) % 10 : code - 48);
  }
  return digits;
}

function luhnSum(digits: number[]): number {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let value = digits[i];
    if (double) {
      value *= 2;
      if (value > 9) value -= 9;
    }
    sum += value;
  }
  return sum;
}

const NORMAL_FINESS = /^[0-9A-Z]{9}$/;

export function normalizeFiness(input: string): string {
  // The import normalizes every number of a national file, nearly all of them already written as they should be.
  return NORMAL_FINESS.test(input) ? input : input.replace(/\s+/g, "").toUpperCase();
}

export function finessNumberError(input: string): FinessNumberError | null {
  const finess = normalizeFiness(input);
  if (finess.length !== 9) return "length";
  if (!SHAPE.test(finess)) return "characters";
  return luhnSum(keyDigits(finess)) % 10 === 0 ? null : "key";
}

export function isValidFiness(input: string): boolean {
  return finessNumberError(input) === null;
}

/** Appends the Luhn key to 8 characters: used by factories and generators, never to "fix" user input. */
export function withFinessKey(firstEight: string): string {
  const sum = luhnSum(keyDigits(`${firstEight}0`));
  return `${firstEight}${(10 - (sum % 10)) % 10}`;
}

export const FINESS_ERROR_MESSAGES: Record<FinessNumberError, string> = {
  length: "Le numéro FINESS doit comporter 9 caractères.",
  characters: "Le numéro FINESS ne contient que des chiffres, sauf en Corse où il commence par 2A ou 2B.",
  key: "La clé de contrôle du numéro FINESS est fausse : vérifiez le numéro sur le site FINESS.",
};
