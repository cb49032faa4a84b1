import { refusals } from "../errors";
import { formatDateTime } from "../wording/french";

/** Refusals of an establishment's stock declaration. */
export const stockRefusals = refusals({
  COUNT_DATE_IN_FUTURE: () => "La date du comptage ne peut pas être dans le futur.",
  COUNT_DATE_TOO_OLD: () => "La date du comptage remonte au plus à 8 semaines.",
  COUNT_DATE_BEFORE_PREVIOUS: ({ previousAt }: { previousAt: Date }) =>
    `La date du comptage ne peut pas précéder votre déclaration précédente (${formatDateTime(previousAt)}).`,
  COVER_OUT_OF_SCOPE: () => "Accès refusé : une ARS ne voit que les établissements de sa région.",
});
