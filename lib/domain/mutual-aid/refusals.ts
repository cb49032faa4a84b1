import { refusals } from "../errors";
import { EXCHANGE_STATUS_LABELS, type ExchangeStatus } from "./exchange-status";

/** Refusals of mutual aid: loans and surplus offers between the establishments of a region. */
export const mutualAidRefusals = refusals({
  SELF_LOAN: () => "Un établissement ne se prête pas à lui-même : choisissez un autre établissement.",
  EXCHANGE_PARTY_NOT_FOUND: ({ finess }: { finess: string }) => `Établissement introuvable : aucun FINESS ${finess} dans le référentiel.`,
  EXCHANGE_ACROSS_REGIONS: () => "L'entraide se fait entre établissements d'une même région, celle de leur ARS : cet établissement n'en relève pas.",
  DECLARED_STOCK_SHORT: ({ declared, units }: { declared: number; units: number }) =>
    `Votre stock déclaré de ce produit (${declared} unités) est inférieur aux ${units} unités remises : déclarez d'abord votre stock réel. Rien n'a été enregistré.`,
  NO_ARS_FOR_OFFER: () => "Votre établissement ne relève d'aucune ARS : il ne peut pas proposer de surplus.",
  OFFER_ABOVE_DECLARED: ({ declared, product, units }: { declared: number; product: string; units: number }) =>
    `Vous avez déclaré ${declared} unités de ${product} : vous ne pouvez pas en proposer ${units}.`,
  EXCHANGE_NOT_FOUND: () => "Échange introuvable.",
  NOT_EXCHANGE_PARTY: () => "Cet échange ne concerne pas votre établissement.",
  EXCHANGE_MOVE_REFUSED: ({ from, to }: { from: ExchangeStatus; to: ExchangeStatus }) =>
    from === to
      ? `Cet échange est déjà « ${EXCHANGE_STATUS_LABELS[from]} » : rien n'a été modifié.`
      : `Cet échange est « ${EXCHANGE_STATUS_LABELS[from]} » : il ne peut pas passer à « ${EXCHANGE_STATUS_LABELS[to]} » de votre part.`,
  AGREED_UNITS_NONE: () => "La quantité accordée doit être d'au moins une unité.",
  AGREED_UNITS_ABOVE_REQUEST: ({ agreed, requested }: { agreed: number; requested: number }) =>
    `La quantité accordée (${agreed}) dépasse la quantité demandée (${requested}).`,
  BROKER_WITHOUT_REGION: () => "Seule une ARS peut proposer un prêt entre établissements.",
  OFFER_OF_ANOTHER_REGION: () => "Cette offre relève d'une autre région : seule son ARS peut l'attribuer.",
});
