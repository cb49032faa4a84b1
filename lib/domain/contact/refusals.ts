import { refusals } from "../errors";

/** Refusals of the contact inbox. */
export const contactRefusals = refusals({
  CONTACT_MESSAGE_NOT_FOUND: () => "Ce message de contact n'existe pas ou plus.",
  CONTACT_MESSAGE_ALREADY_ANSWERED: () => "Ce message a déjà reçu une réponse : rechargez la page pour la lire.",
});
