import { z } from "./zod";

/** The national admin's search for a user, by the e-mail of their PLAGE account. */
export const userSearchSchema = z.object({
  email: z
    .string({ message: "Saisissez l'adresse électronique de l'utilisateur." })
    .trim()
    .toLowerCase()
    .max(254, "Une adresse électronique ne dépasse pas 254 caractères.")
    .pipe(z.email("Saisissez une adresse électronique valide, par exemple prenom.nom@etablissement.fr.")),
});

/** Ends every session of one user. */
export const endUserSessionsSchema = z.object({
  userId: z.string({ message: "Utilisateur manquant." }).min(1, "Utilisateur manquant.").max(64, "Identifiant d'utilisateur invalide."),
});

export type EndUserSessionsInput = z.infer<typeof endUserSessionsSchema>;
