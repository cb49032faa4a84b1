import { refusals } from "../errors";
import { formatDelay, inSentence } from "../wording/french";
import type { AccessFailure } from "./access-decision";
import { explainFailure } from "./failure-explanations";

/** What is limited against abuse (lib/server/rate-limits.ts), and how its refusal begins. */
export type AbuseLimit = "signIn" | "publicForm" | "account";
const TOO_MANY: Record<AbuseLimit, string> = {
  signIn: "Trop de tentatives de connexion depuis cette adresse",
  publicForm: "Trop de messages envoyés depuis cette adresse",
  account: "Trop d'actions en peu de temps pour ce compte",
};

/** Refusals of who is asking: nobody signed in, a role that does not hold the capability, an access withdrawn. */
export const accessRefusals = refusals({
  NOT_SIGNED_IN: () => "Votre session a pris fin ou vous n'êtes pas connecté : reconnectez-vous pour continuer.",
  /** The roles the user holds do not include one that holds the capability. */
  FORBIDDEN: ({ holders }: { holders: string }) => `Accès refusé : réservé ${holders} ; votre rôle ne le permet pas.`,
  /** The user's access rules now refuse them (category no longer eligible, role withdrawn in PLAGE…). */
  ACCESS_WITHDRAWN: ({ cause }: { cause: AccessFailure }) => {
    const { title, detail } = explainFailure(cause);
    return `Accès refusé : ${inSentence(title)}. ${detail}`;
  },
  RATE_LIMITED: ({ limit, retryAfterSeconds }: { limit: AbuseLimit; retryAfterSeconds: number }) =>
    `${TOO_MANY[limit]} : réessayez dans ${formatDelay(retryAfterSeconds)}.`,
  REGISTRATION_REQUIRED: () => "Terminez d'abord votre inscription sur le portail (page « Première connexion »).",
  PAGE_RESERVED: ({ holders }: { holders: string }) => `Cette page est réservée ${holders}. Votre rôle ne permet pas d'y accéder.`,
  /** On an establishment's page, the part its user's role does not open: which PLAGE role to ask the APE for. */
  ROLE_REQUIRED: ({ roles, purpose }: { roles: string[]; purpose: string }) =>
    `Il faut le rôle ${roles.map((role) => `« ${role} »`).join(" ou ")} pour ${purpose}. Demandez-le à l'administrateur principal (APE) de votre établissement.`,
  REGISTRATION_REFUSED: () => "Votre accès au portail n'est pas autorisé : consultez la page « Accès refusé ».",
  REGISTRATION_NOT_NEEDED: () => "Votre rôle ne demande pas d'inscription d'établissement.",
  ALREADY_REGISTERED: () => "Votre inscription est déjà enregistrée.",
  /** The FINESS chosen at registration is not one of the user's PLAGE profiles that may enter. */
  REGISTRATION_PROFILE_NOT_ALLOWED: ({ finess }: { finess: string }) =>
    `Le FINESS ${finess} n'est pas l'un des profils PLAGE de votre compte qui donnent accès au portail : choisissez-en un dans la liste.`,
  /** /api/metrics, asked by a scraper. */
  METRICS_CLOSED: () =>
    "Métriques fermées : ce portail de production n'a pas de METRICS_TOKEN. Définissez-le (et donnez-le à Prometheus), ou METRICS_PUBLIC=true si seul le réseau de supervision atteint cette adresse.",
  METRICS_TOKEN_INVALID: () => "Jeton d'accès aux métriques absent ou invalide.",
  ESTABLISHMENT_ACCOUNT_REQUIRED: () => "Seul un utilisateur inscrit d'un établissement peut faire cette demande.",
});
