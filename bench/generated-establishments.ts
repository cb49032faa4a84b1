import { withFinessKey } from "../lib/domain/finess/finess-number";
import { FINESS_DEPARTEMENTS } from "../lib/domain/referential/regions";

const CATEGORIES = ["355", "365", "500", "128", "183", "255", "141", "106"];
const ARS_DEPARTEMENTS = FINESS_DEPARTEMENTS.filter((d) => d.regionCode);

/** The i-th generated establishment: valid FINESS (ET and its EJ), spread over every département with an ARS. */
export function generatedEstablishment(i: number) {
  const departement = ARS_DEPARTEMENTS[i % ARS_DEPARTEMENTS.length];
  const serial = String(Math.floor(i / ARS_DEPARTEMENTS.length)).padStart(5, "0");
  return {
    // 9 and 8 as third character: no demo or seeded FINESS uses them.
    finess: withFinessKey(`${departement.finessCode}9${serial}`),
    legalEntityFiness: withFinessKey(`${departement.finessCode}8${serial}`),
    name: `ETABLISSEMENT DE BANC ${i}`,
    categoryCode: CATEGORIES[i % CATEGORIES.length],
    departement,
    capacity: 20 + (i % 400),
    salariedStaff: 15 + (i % 900),
  };
}

/** Inserts the first `count` generated establishments and their legal entities (one statement each, through JSON). */
export async function insertGeneratedEstablishments(client: { query(text: string, values?: unknown[]): Promise<unknown> }, count: number): Promise<void> {
  const json = JSON.stringify(Array.from({ length: count }, (_, i) => generatedEstablishment(i)).map((e) => ({ ...e, departementCode: e.departement.code })));
  await client.query(
    `INSERT INTO "LegalEntity" (finess, name, "shortName", "statusCode", sector, "updatedAt")
     SELECT r->>'legalEntityFiness', 'EJ ' || (r->>'name'), 'EJ ' || (r->>'name'), '95', 'PRIVATE_COMMERCIAL', now() FROM jsonb_array_elements($1::jsonb) r`,
    [json],
  );
  await client.query(
    `INSERT INTO "Establishment" (finess, "legalEntityFiness", name, "shortName", "categoryCode", "departementCode", capacity, "salariedStaff", "updatedAt")
     SELECT r->>'finess', r->>'legalEntityFiness', r->>'name', r->>'name', r->>'categoryCode', r->>'departementCode',
            (r->>'capacity')::int, (r->>'salariedStaff')::int, now() FROM jsonb_array_elements($1::jsonb) r`,
    [json],
  );
}
