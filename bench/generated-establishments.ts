import { withFinessKey } from "../lib/domain/finess/finess-number";
import { DEPARTEMENTS } from "../lib/domain/referential/regions";

const CATEGORIES = ["355", "365", "500", "128", "183", "255", "141", "106"];
const ARS_DEPARTEMENTS = DEPARTEMENTS.filter((d) => d.regionCode);

/** The i-th generated establishment: valid FINESS (ET and its EJ), spread over every département with an ARS. */
export function generatedEstablishment(i: number) {
  const departement = ARS_DEPARTEMENTS[i % ARS_DEPARTEMENTS.length];
  const serial = String(Math.floor(i / ARS_DEPARTEMENTS.length)).padStart(5, "0");
  return {
    finess: withFinessKey(`${departement.finessCode}0${serial}`),
    legalEntityFiness: withFinessKey(`${departement.finessCode}7${serial}`),
    name: `ETABLISSEMENT DE BANC ${i}`,
    categoryCode: CATEGORIES[i % CATEGORIES.length],
    departement,
    capacity: 20 + (i % 400),
    salariedStaff: 15 + (i % 900),
  };
}
