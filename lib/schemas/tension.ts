import { z } from "./zod";
import { parisLocalDateTimeToInstant } from "@/lib/domain/time/paris-time";
import { categoryCodeField } from "./catalogue";
import { requiredText, rowId } from "./text-fields";
import { unitsPerWeek } from "./quota";

/** A date-time typed in an `<input type="datetime-local">`, read as Paris time; empty gives null. */
function parisDateTime(label: string) {
  return z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const parsed = parisLocalDateTimeToInstant(value);
      if (parsed.ok) return parsed.instant;
      ctx.addIssue({
        code: "custom",
        message:
          parsed.reason === "skipped"
            ? `${label} : cette heure n'existe pas à Paris ce jour-là (passage à l'heure d'été) ; choisissez 03:00 ou plus tard.`
            : `${label} : indiquez une date et une heure valides.`,
      });
      return z.NEVER;
    });
}

/** A new tension decree for one EPI category; dates are Paris local times, the end optional and after the start. */
export const createDecreeSchema = z
  .object({
    categoryCode: categoryCodeField,
    startsAt: parisDateTime("Début"),
    endsAt: parisDateTime("Fin"),
    reason: requiredText(500, {
      missing: "Indiquez le motif du décret (par exemple sa référence au Journal officiel).",
      tooLong: "Le motif ne dépasse pas 500 caractères.",
    }),
  })
  .superRefine(({ startsAt, endsAt }, ctx) => {
    if (!startsAt) ctx.addIssue({ code: "custom", path: ["startsAt"], message: "Indiquez la date et l'heure de début du décret." });
    else if (endsAt && endsAt <= startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "La fin du décret doit être postérieure à son début." });
  })
  .transform(({ startsAt, ...decree }) => ({ ...decree, startsAt: startsAt as Date }));

export const endDecreeSchema = z.object({ id: rowId("Décret introuvable : rechargez la page.") });

export type DecreeFormInput = z.input<typeof createDecreeSchema>;
export type CreateDecreeInput = z.output<typeof createDecreeSchema>;
export type EndDecreeInput = z.output<typeof endDecreeSchema>;

/** A parameter left empty (or absent from the address): the category's current one. */
const optionalUnitsPerWeek = (label: string) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), unitsPerWeek(label).optional());

/**
 * A tension tried in the simulator, as its address carries it (`?categorie=FFP2&categorie=GANTS&parLit=2&parSalarie=0,5`,
 * one `categorie` per box ticked): the parameters apply to every category chosen. The decree form, which takes one
 * category, is pre-filled from the same fields.
 */
export const tensionSimulationSchema = z.object({
  categorie: z.preprocess(
    // One ticked box arrives as a string, several as an array, none as nothing; the same code twice counts once.
    (value) => [...new Set([value ?? []].flat())].filter((code) => !(typeof code === "string" && code.trim() === "")),
    z.array(categoryCodeField).min(1, "Cochez au moins une catégorie d'EPI à simuler.").max(50, "Catégorie d'EPI inconnue."),
  ),
  parLit: optionalUnitsPerWeek("Unités par lit ou place"),
  parSalarie: optionalUnitsPerWeek("Unités par salarié"),
});

export type TensionSimulationInput = z.output<typeof tensionSimulationSchema>;
