/**
 * One legal entity (`pmej` item) of the FINESS « structures » JSON flow, as its published schema v1.0.0 describes it
 * (ANS, ansforge/finess: flux/out/data.gouv/structure/schema/schema-structures-v1.json): required fields, formats,
 * and no field the schema does not know where it forbids them (additionalProperties: false). Its geographic entities
 * (`ege`) are checked one by one, so that one faulty establishment does not cost its legal entity the others.
 */
import { z } from "../../schemas/zod";

const text = z.string();
const optionalText = z.string().optional();
// The schema's finessId: 9 letters or digits (the Luhn key is checked by the mapping, with a clearer message).
const finessId = z.string().regex(/^[A-Za-z0-9]{9}$/);

const address = z.object({
  usageAdresse: optionalText,
  numeroVoie: optionalText,
  typeVoie: optionalText,
  libelleVoie: optionalText,
  complementVoie: optionalText,
  complementPointGeographique: optionalText,
  lieuDit: optionalText,
  cogCommune: text,
  ligneAcheminement: optionalText,
  ligneUne: optionalText,
  ligneDeux: optionalText,
  ligneTrois: optionalText,
  ligneQuatre: optionalText,
  ligneCinq: optionalText,
  ligneSix: optionalText,
  codePostal: text,
  coordonneesGeographique: z
    .object({
      coordonneeX: text,
      coordonneeY: text,
      directionLatitude: text,
      directionLongitude: text,
      cleInInteropBAN: optionalText,
      scoreBAN: optionalText,
    })
    .optional(),
});

const event = z.object({
  evenementId: text,
  dateEnregistrement: text,
  dateEvenement: text,
  etatObjet1: text,
  identifiantObjet1: text,
  identifiantObjet2: optionalText,
  systemeMaitre: text,
  typeObjet1: text,
  typeObjet2: optionalText,
  codeEvenement: text,
});

const contact = z.object({
  typeContact: z.object({ roleContact: text }),
  telecom: z.object({ telephone: optionalText, telecopie: optionalText, courriel: optionalText }),
});

const commitment = z.strictObject({
  engagementId: text,
  typeEngagement: text,
  sousTypeEngagement: text,
  dateEffetEngagement: text,
  dateSignatureEngagement: optionalText,
  dateCaduciteEngagement: optionalText,
  dateFinEngagement: optionalText,
  dateNotificationEngagement: optionalText,
  nomEngagement: optionalText,
  identifiantEngagement: optionalText,
  motifArrete: optionalText,
  autoriteRegulationEngagement: z.array(z.object({ autoriteRegulationid: optionalText })).optional(),
});

const roleEge = z.strictObject({ idEgeNonPorteuse: text, idEgePorteuse: text, roleRelationEge: text });

export const geographicEntitySchema = z.object({
  informationsGeneralesEGE: z.strictObject({
    egeId: text,
    complementDenominationEg: optionalText,
    dateFermeture: optionalText,
    dateOuverture: text,
    datePremiereAutorisation: text,
    nomEgeCourt: text,
    nomEgeLong: text,
    numeroEducationNationale: optionalText,
    numeroReferenceExterne: optionalText,
    numFinessEge: finessId,
    espic: z.array(text).optional(),
    siret: z.string().regex(/^[0-9]{14}$/).optional(),
  }),
  categorieentiteGeographiqueExercice: optionalText,
  modefixationtarifaire: optionalText,
  typeBudget: z.array(text).optional(),
  adresse: z.array(address).optional(),
  contact: z.array(contact).optional(),
  engagement: z.array(commitment).optional(),
  evenement: z.array(event).optional(),
  roleEge: z.array(roleEge).optional(),
  etatObjet: text,
  dateDerniereMaj: text,
});

export const legalEntitySchema = z.strictObject({
  informationsGeneralesPMEJ: z.object({
    pmSmsseId: text,
    codeApe: optionalText,
    complementAdressePmSmsse: optionalText,
    dateCreation: text,
    dateFermeture: optionalText,
    denominationLonguePmSmsse: text,
    denominationPm: text,
    numFinessPm: finessId,
    fonctionPublique: optionalText,
    categorieentiteGeographiqueExercice: optionalText,
    siren: z.string().regex(/^[0-9]{9}$/).optional(),
    statutJuridique: text,
    typeGroupeGco: optionalText,
    typePersonneMorale: text,
  }),
  adresse: z.array(address),
  contact: z.array(contact).optional(),
  engagement: z.array(commitment).optional(),
  evenement: z.array(event),
  // Checked one by one with geographicEntitySchema.
  ege: z.array(z.unknown()).optional(),
  etatObjet: text,
  dateDerniereMaj: text,
});

export type GeographicEntity = z.infer<typeof geographicEntitySchema>;
export type LegalEntityItem = z.infer<typeof legalEntitySchema>;
export type FlowAddress = z.infer<typeof address>;

/** The first way the item departs from the schema, in French: « champ … manquant », « format invalide »… */
export function schemaIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue.path.map(String).join(".");
  const where = field ? `champ « ${field} »` : "structure";
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `${where} manquant` : `${where} : ${EXPECTED[issue.expected] ?? issue.expected} attendu`;
    case "unrecognized_keys":
      return `${field ? `dans « ${field} », ` : ""}champ${issue.keys.length > 1 ? "s" : ""} inconnu${issue.keys.length > 1 ? "s" : ""} du schéma : ${issue.keys.join(", ")}`;
    case "invalid_format":
      return `${where} : format invalide`;
    default:
      return `${where} invalide`;
  }
}

const EXPECTED: Record<string, string> = { string: "texte", object: "objet", array: "tableau" };
