import { z } from "./zod";
import { INBOX_FILTERS } from "@/lib/domain/contact/inbox";
import { FINESS_ERROR_MESSAGES, finessNumberError, normalizeFiness } from "@/lib/domain/finess/finess-number";
import { CONTACT_LIMITS, CONTACT_TOPICS, formatCount } from "@/lib/domain/contact/message-form";

const REQUIRED_NAME = "Indiquez votre nom.";
const REQUIRED_EMAIL = "Indiquez votre adresse électronique.";
const REQUIRED_MESSAGE = "Écrivez votre message.";
// An empty form field arrives as "": for the optional FINESS it means "not given", never "invalid".
const optionalFiness = z
  .string({ error: "Le numéro FINESS doit être saisi sous forme de texte." })
  .optional()
  .transform((value) => normalizeFiness(value ?? "") || undefined)
  .superRefine((finess, ctx) => {
    const error = finess === undefined ? null : finessNumberError(finess);
    if (error) ctx.addIssue({ code: "custom", message: FINESS_ERROR_MESSAGES[error] });
  });

/** The public contact form, parsed identically in the browser and by the server action. */
export const contactMessageSchema = z.object({
  name: z
    .string({ error: REQUIRED_NAME })
    .trim()
    .min(1, { error: REQUIRED_NAME, abort: true })
    .max(CONTACT_LIMITS.name, `Votre nom ne peut dépasser ${formatCount(CONTACT_LIMITS.name)} caractères.`),
  email: z
    .string({ error: REQUIRED_EMAIL })
    .trim()
    .min(1, { error: REQUIRED_EMAIL, abort: true })
    .max(CONTACT_LIMITS.email, `L'adresse électronique ne peut dépasser ${formatCount(CONTACT_LIMITS.email)} caractères.`)
    .pipe(z.email("Adresse électronique invalide : elle doit être de la forme nom@domaine.fr.")),
  finess: optionalFiness,
  topic: z.enum(CONTACT_TOPICS, { error: "Choisissez le sujet de votre message dans la liste." }),
  message: z
    .string({ error: REQUIRED_MESSAGE })
    .trim()
    .min(1, { error: REQUIRED_MESSAGE, abort: true })
    .min(CONTACT_LIMITS.messageMin, `Votre message doit comporter au moins ${formatCount(CONTACT_LIMITS.messageMin)} caractères.`)
    .max(CONTACT_LIMITS.messageMax, `Votre message ne peut dépasser ${formatCount(CONTACT_LIMITS.messageMax)} caractères.`),
});

export type ContactMessageInput = z.input<typeof contactMessageSchema>;
export type ContactMessage = z.output<typeof contactMessageSchema>;

export const CONTACT_ANSWER_LIMITS = { min: 10, max: 10_000 } as const;
const REQUIRED_ANSWER = "Écrivez votre réponse.";

/** A contact message's id, from a form or from the address of its page. */
export const contactMessageIdField = z.string({ error: "Message manquant." }).min(1, "Message manquant.").max(64, "Identifiant de message invalide.");

/** A reader takes one contact message in hand (« en cours ») before answering it. */
export const contactInProgressSchema = z.object({ messageId: contactMessageIdField });

/** The national admin's answer to one contact message, e-mailed to its sender. */
export const contactAnswerSchema = z.object({
  messageId: contactMessageIdField,
  answer: z
    .string({ error: REQUIRED_ANSWER })
    .trim()
    .min(1, { error: REQUIRED_ANSWER, abort: true })
    .min(CONTACT_ANSWER_LIMITS.min, `Votre réponse doit comporter au moins ${formatCount(CONTACT_ANSWER_LIMITS.min)} caractères.`)
    .max(CONTACT_ANSWER_LIMITS.max, `Votre réponse ne peut dépasser ${formatCount(CONTACT_ANSWER_LIMITS.max)} caractères.`),
});

export type ContactAnswerInput = z.input<typeof contactAnswerSchema>;

/** The inbox's `?filtre=`: absent, every message; one it does not know is refused in French (all messages shown). */
export const inboxFilterSchema = z
  .enum(INBOX_FILTERS, { error: "Ce filtre de messages n'existe pas : tous les messages sont affichés. Choisissez un filtre ci-dessous." })
  .default("tous");
