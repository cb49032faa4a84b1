import { FINESS_ERROR_MESSAGES } from "../finess/finess-number";
import type { AccessFailure } from "./access-decision";

/** Where a refused user can turn; the page renders each as a link. */
export type AccessHelp = "FAQ" | "FINESS_SITE" | "ASK_APE" | "ARS_MAILBOX" | "ATIH_SUPPORT";

export interface FailureExplanation {
  title: string;
  detail: string;
  help: AccessHelp[];
  /** The FAQ question that explains the rule. */
  faqAnchor: "finess" | "role" | "profil-unique" | "categories";
}

/** Plain French for each failed condition, with what to do about it. */
export function explainFailure(failure: AccessFailure): FailureExplanation {
  switch (failure.code) {
    case "NO_PROFILE":
      return {
        title: "Votre compte PLAGE ne porte aucun profil d'établissement",
        detail: "Distrilog-santé a besoin d'un profil PLAGE rattaché au numéro FINESS de votre établissement.",
        help: ["ASK_APE", "ATIH_SUPPORT"],
        faqAnchor: "role",
      };
    case "FINESS_INVALID":
      return {
        title: `Le numéro FINESS ${failure.finess} de votre profil est invalide`,
        detail: FINESS_ERROR_MESSAGES[failure.reason],
        help: ["FINESS_SITE", "ASK_APE"],
        faqAnchor: "finess",
      };
    case "FINESS_UNKNOWN":
      return {
        title: `Le numéro FINESS ${failure.finess} est inconnu du référentiel`,
        detail:
          "Ce numéro ne figure pas dans le répertoire FINESS chargé dans le portail (établissement fermé, ou numéro erroné dans PLAGE).",
        help: ["FINESS_SITE", "ASK_APE", "ARS_MAILBOX"],
        faqAnchor: "finess",
      };
    case "FINESS_CLOSED":
      return {
        title: `Le numéro FINESS ${failure.finess} est fermé dans le répertoire FINESS`,
        detail: `FINESS indique cette structure fermée depuis le ${failure.closedOn.split("-").reverse().join("/")} : elle ne peut plus commander. Si elle a repris son activité sous un autre numéro, utilisez celui-ci ; si la fermeture est une erreur, faites-la corriger dans FINESS par votre ARS.`,
        help: ["FINESS_SITE", "ARS_MAILBOX"],
        faqAnchor: "finess",
      };
    case "CATEGORY_NOT_ELIGIBLE":
      return {
        title: "La catégorie de votre établissement n'est pas éligible",
        detail: `Catégorie FINESS ${failure.categories.map((c) => `${c.code} (${c.label})`).join(", ")} : elle ne figure pas dans la liste des catégories autorisées à commander.`,
        help: ["FAQ", "ARS_MAILBOX"],
        faqAnchor: "categories",
      };
    case "USE_LEGAL_ENTITY_FINESS":
      return {
        title: "Utilisez le FINESS juridique (EJ) de votre établissement public",
        detail: `Votre profil porte le FINESS géographique ${failure.finess}. Un établissement public à plusieurs sites commande sous le FINESS juridique de son entité de référence : ${failure.legalEntityFiness}.`,
        help: ["ASK_APE", "FINESS_SITE"],
        faqAnchor: "finess",
      };
    case "USE_ESTABLISHMENT_FINESS":
      return {
        title: "Utilisez le FINESS géographique (ET) de votre établissement",
        detail: `Votre profil porte le FINESS juridique ${failure.finess}. Un établissement privé, ou public à un seul site, commande sous son FINESS géographique${failure.establishmentFinesses.length ? ` : ${failure.establishmentFinesses.join(", ")}` : ""}.`,
        help: ["ASK_APE", "FINESS_SITE"],
        faqAnchor: "finess",
      };
    case "EMAIL_BOUND_ELSEWHERE":
      return {
        title: "Cette adresse électronique est déjà rattachée à un autre établissement",
        detail: `Votre adresse a été enregistrée d'abord avec le FINESS ${failure.boundFiness} ; elle ne peut pas servir pour le FINESS ${failure.finess}. Un seul profil par adresse électronique : chaque FINESS a besoin de sa propre adresse.`,
        help: ["ASK_APE", "FAQ"],
        faqAnchor: "profil-unique",
      };
    case "MISSING_ROLE":
      return {
        title: "Il vous manque le rôle « Opérateur commande EPI »",
        detail: `Votre profil PLAGE (FINESS ${failure.finess}) n'a aucun rôle du domaine « Distrilog-santé ». Demandez le rôle « Opérateur commande EPI » à l'administrateur principal (APE) de votre établissement dans PLAGE.`,
        help: ["ASK_APE", "FAQ"],
        faqAnchor: "role",
      };
    case "ARS_REGION_MISSING":
      return {
        title: "Votre rôle ARS n'indique pas de région",
        detail: "Le rôle « Référent ARS » doit être rattaché à la région de votre agence dans PLAGE.",
        help: ["ATIH_SUPPORT"],
        faqAnchor: "role",
      };
  }
}
