import { z } from "./zod";
import { optionalText } from "./text-fields";

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

/** The users list's URL: a search among e-mails, names, bound FINESS and establishment names, and a page number. */
export const userListSchema = z.object({
  q: optionalText(200, "La recherche ne dépasse pas 200 caractères.").refine((value) => !value?.includes("\u0000"), "La recherche contient un caractère non autorisé."),
  page: z.coerce.number({ message: "Numéro de page invalide." }).int("Numéro de page invalide.").min(1, "Numéro de page invalide.").max(100_000, "Numéro de page invalide.").default(1),
});

export type UserListQuery = z.infer<typeof userListSchema>;

/** Unbinds one user's e-mail from its FINESS. */
export const unbindUserEmailSchema = z.object({ userId: endUserSessionsSchema.shape.userId });

export type UnbindUserEmailInput = z.infer<typeof unbindUserEmailSchema>;
