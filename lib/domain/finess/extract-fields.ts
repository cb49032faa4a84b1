/** Field-level reading shared by the lines of the FINESS public extracts (separator `;`, fields possibly quoted). */
import { finessNumberError, type FinessNumberError } from "./finess-number";

export type LineResult<T> = { ok: true; record: T } | { ok: false; reason: string };

export function rejected(reason: string): { ok: false; reason: string } {
  return { ok: false, reason };
}

/**
 * Splits a line on `;`. A field may be quoted (`"A ; B"`, `""` standing for one quote), which is how the extract
 * carries a `;` inside a name. Returns null when a quote is left open or followed by something else than `;`.
 */
export function splitExtractLine(line: string): string[] | null {
  if (!line.includes('"')) return line.split(";");
  const fields: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let value = "";
      let from = at + 1;
      for (;;) {
        const quote = line.indexOf('"', from);
        if (quote < 0) return null;
        value += line.slice(from, quote);
        if (line[quote + 1] !== '"') {
          at = quote + 1;
          break;
        }
        value += '"';
        from = quote + 2;
      }
      if (at < line.length && line[at] !== ";") return null;
      fields.push(value);
    } else {
      const separator = line.indexOf(";", at);
      const end = separator < 0 ? line.length : separator;
      fields.push(line.slice(at, end));
      at = end;
    }
    if (at >= line.length) return fields;
    at += 1;
    if (at === line.length) {
      fields.push("");
      return fields;
    }
  }
}

/** The trimmed field, or null when blank. */
export function optionalField(fields: readonly string[], position: number): string | null {
  const value = fields[position]?.trim();
  return value ? value : null;
}

const FINESS_ERROR_REASONS: Record<FinessNumberError, string> = {
  length: "9 caractères attendus",
  characters: "caractères non autorisés",
  key: "clé de contrôle fausse",
};

/** Why a FINESS field is not a valid number, or null; `label` names the field ("ET", "EJ") in the message. */
export function finessFieldError(label: string, value: string): string | null {
  const error = finessNumberError(value);
  return error ? `Numéro FINESS ${label} « ${value.trim()} » invalide : ${FINESS_ERROR_REASONS[error]}.` : null;
}

/**
 * Why a line's fields cannot be read at all, or null: a wrong count, else an invalid FINESS number among `numbers`
 * (the field's label, "ET" or "EJ", and its position), checked in that order.
 */
export function unreadableFieldsError(fields: readonly string[], expected: number, numbers: Readonly<Partial<Record<"ET" | "EJ", number>>>): string | null {
  const countError = fieldCountError(fields, expected);
  if (countError) return countError;
  for (const [label, position] of Object.entries(numbers)) {
    const finessError = finessFieldError(label, fields[position]);
    if (finessError) return finessError;
  }
  return null;
}

/** Recent extracts end every line with `;`, which adds one empty field: both counts are accepted. */
export function fieldCountError(fields: readonly string[], expected: number): string | null {
  if (fields.length === expected || fields.length === expected + 1) return null;
  return `Nombre de champs incorrect : ${fields.length} au lieu de ${expected} (ou ${expected + 1} avec le « ; » final).`;
}
