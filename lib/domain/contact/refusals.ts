import { refusals } from "../errors";

/** Refusals of the contact inbox. */
export const contactRefusals = refusals({
  CONTACT_MESSAGE_NOT_FOUND: () => "Ce message de contact n'existe pas ou plus.",
  /** An ARS answering a message that names no establishment of its region (or no FINESS at all). */
  CONTACT_MESSAGE_OUT_OF_REGION: () =>
    "Ce message ne concerne pas un établissement de votre région : l'administration nationale ou l'ARS de l'établissement y répond.",
  CONTACT_MESSAGE_ALREADY_ANSWERED: () => "Ce message a déjà reçu une réponse : rechargez la page pour la lire.",
  CONTACT_MESSAGE_ALREADY_IN_PROGRESS: ({ by }: { by: string }) => `Ce message est déjà en cours de traitement par ${by} : rechargez la page.`,
});
