import { refusals } from "../errors";
import { countOf, inSentence } from "../wording/french";

/** Refusals about weekly quotas: the national admin's overrides, the establishments' revision requests. */
export const quotaRefusals = refusals({
  OVERRIDE_NOT_FOUND: () => "Cette dérogation n'existe plus : rechargez la page.",
  /** A quota is an ET's: the FINESS given names an EJ, or nothing. */
  NOT_AN_ESTABLISHMENT: ({ finess, legalEntityName }: { finess: string; legalEntityName: string | null }) =>
    legalEntityName
      ? `${finess} est le FINESS juridique (EJ) de ${legalEntityName} : quotas et dérogations portent sur ses établissements géographiques (ET).`
      : `Aucun établissement géographique (ET) ne porte le numéro FINESS ${finess} dans le référentiel.`,
  PARAMETERS_WEEK_PAST: ({ currentWeek }: { currentWeek: string }) =>
    `Cette semaine est passée : les nouveaux paramètres s'appliquent au plus tôt à la semaine en cours (${currentWeek}), sans jamais la faire passer sous ce qui y est déjà commandé.`,
  ACCOUNT_NOT_FOUND: () => "Établissement introuvable.",
  REVISION_WEEK_PAST: () => "La première semaine ne peut pas être passée.",
  REVISION_WEEK_TOO_FAR: () => "La première semaine tombe au plus tard dans 12 semaines.",
  REVISION_NOT_ABOVE_QUOTA: ({ units, unitLabel, category }: { units: number; unitLabel: string; category: string }) =>
    `Le contingent demandé doit dépasser votre contingent actuel de ${countOf(units, unitLabel)} par semaine en ${inSentence(category)}.`,
  REVISION_ALREADY_PENDING: () => "Une demande de révision est déjà en attente pour cette catégorie : attendez la décision de l'ARS.",
  REVISION_NOT_FOUND: () => "Demande introuvable.",
  REVISION_OF_ANOTHER_REGION: () => "Accès refusé : cette demande relève d'une autre ARS que la vôtre.",
  GRANT_ABOVE_REQUEST: ({ requestedUnits }: { requestedUnits: number }) =>
    `Le contingent accordé ne dépasse pas le contingent demandé (${countOf(requestedUnits, "unité")} par semaine).`,
});
