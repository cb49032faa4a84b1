import { requiredText } from "./text-fields";
import { z } from "./zod";

const PHONE = /^(?:\+33 ?[1-9]|0[1-9])(?:[ .-]?\d{2}){4}$/;

const phone = (label: string) =>
  z
    .string()
    .trim()
    .regex(PHONE, `${label} : indiquez un numéro français à 10 chiffres, par exemple 04 72 00 00 00.`);

/** First-login registration: what PLAGE does not tell about the user and their deliveries. */
export const registrationSchema = z.object({
  /** Which of the account's PLAGE profiles (FINESS) the e-mail binds to: the guide's « celui renseigné dans le formulaire d'inscription ». */
  finess: z.string().trim().regex(/^[0-9AB]{9}$/i, "Choisissez l'établissement pour lequel vous vous inscrivez."),
  jobTitle: requiredText(120, { min: 2, missing: "Indiquez votre fonction.", tooLong: "La fonction ne dépasse pas 120 caractères." }),
  phone: phone("Téléphone"),
  deliveryContactName: requiredText(120, { min: 2, missing: "Indiquez la personne qui réceptionne les livraisons.", tooLong: "Le nom ne dépasse pas 120 caractères." }),
  deliveryContactPhone: phone("Téléphone du contact livraison"),
  openingHours: requiredText(300, { min: 5, missing: "Indiquez les jours et heures où les livraisons peuvent être reçues.", tooLong: "Les horaires ne dépassent pas 300 caractères." }),
});

export type RegistrationInput = z.infer<typeof registrationSchema>;

/** The delivery contact alone, as the user edits it after registration: the same fields, the same rules. */
export const deliveryContactSchema = registrationSchema.pick({ deliveryContactName: true, deliveryContactPhone: true, openingHours: true });

export type DeliveryContactInput = z.infer<typeof deliveryContactSchema>;
