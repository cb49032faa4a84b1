/** A `geolocalisation` line of the establishments extract: where an establishment stands, in its territory's system. */
import { optionalField, rejected, unreadableFieldsError, type LineResult } from "./extract-fields";
import { normalizeFiness } from "./finess-number";

export interface GeolocationRecord {
  finess: string;
  /** Null when FINESS has no position for the establishment (both coordinates blank). */
  coordX: number | null;
  coordY: number | null;
  /** sourcecoordet as written, e.g. "1,ATLASANTE,96,BAN,L93_METROPOLE": it ends with the projection. */
  coordSystem: string | null;
}

// section;nofinesset;coordxet;coordyet;sourcecoordet;datemaj — 6 fields.
const FIELD = { nofinesset: 1, coordxet: 2, coordyet: 3, sourcecoordet: 4 } as const;
const FIELD_COUNT = 6;

export function parseGeolocationFields(fields: readonly string[]): LineResult<GeolocationRecord> {
  const unreadable = unreadableFieldsError(fields, FIELD_COUNT, { ET: FIELD.nofinesset });
  if (unreadable) return rejected(unreadable);
  const x = optionalField(fields, FIELD.coordxet);
  const y = optionalField(fields, FIELD.coordyet);
  const coordX = coordinate(x);
  const coordY = coordinate(y);
  if ((x || y) && (coordX === null || coordY === null)) {
    return rejected(`Coordonnées « ${x ?? ""} » / « ${y ?? ""} » invalides : deux nombres attendus.`);
  }
  return {
    ok: true,
    record: {
      finess: normalizeFiness(fields[FIELD.nofinesset]),
      coordX,
      coordY,
      coordSystem: coordX === null ? null : optionalField(fields, FIELD.sourcecoordet),
    },
  };
}

function coordinate(value: string | null): number | null {
  if (!value || !/^-?\d+(\.\d+)?$/.test(value)) return null;
  // Past 308 digits the number is Infinity, which the database would store as no coordinate at all.
  const number = Number(value);
  return Number.isFinite(number) ? number : null;
}
