import { refusals } from "../errors";

/** Refusals of requests decided by someone else: the APE role (by the ARS), emergency top-ups (by the crisis centre). */
export const requestRefusals = refusals({
  ALREADY_DECIDED: ({ status }: { status: "APPROVED" | "REJECTED" }) =>
    `Cette demande a déjà été ${status === "APPROVED" ? "acceptée" : "refusée"} : elle ne peut plus être modifiée.`,
  ALREADY_APE: () => "Vous êtes déjà l'administrateur principal (APE) de votre établissement.",
  APE_REQUEST_PENDING: () => "Votre demande est déjà en attente de la décision de votre ARS.",
  APE_REQUEST_NOT_FOUND: () => "Demande introuvable dans votre région.",
  SECOND_APE_UNCONFIRMED: ({ apes }: { apes: readonly string[] }) =>
    `Cet établissement a déjà ${apes.length > 1 ? "des APE" : "un APE"} (${apes.join(", ")}) : cochez la confirmation pour en nommer un de plus, ou refusez la demande.`,
  ESTABLISHMENT_NOT_FOUND: ({ finess }: { finess: string }) => `Établissement introuvable : aucun FINESS géographique ${finess} dans le référentiel.`,
  ESTABLISHMENT_OF_ANOTHER_REGION: ({ name }: { name: string }) =>
    `${name} ne relève pas de votre région : seule son ARS peut demander un dépannage pour lui.`,
  EMERGENCY_NOT_FOUND: () => "Demande de dépannage introuvable.",
});
