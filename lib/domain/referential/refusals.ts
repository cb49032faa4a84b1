import { refusals } from "../errors";

/** Refusals about the FINESS referential's categories and the eligible list. */
export const referentialRefusals = refusals({
  CATEGORY_NOT_FOUND: ({ code }: { code: string }) => `La catégorie ${code} n'existe pas dans le référentiel.`,
  REGION_NOT_FOUND: () => "Région inconnue.",
  /** A request for an ARS (APE role, quota revision) from a territory none of the 18 covers. */
  NO_ARS_FOR_TERRITORY: ({ territory, authority }: { territory: string; authority: string }) =>
    `Votre établissement est à ${territory}, qu'aucune des 18 ARS ne couvre : aucune ARS ne peut instruire cette demande. Adressez-vous à ${authority}.`,
  CATEGORY_LABEL_REQUIRED: ({ code }: { code: string }) => `La catégorie ${code} est inconnue du référentiel : indiquez son libellé.`,
});
