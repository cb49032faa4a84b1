import { DEPARTEMENTS, REGIONS } from "@/lib/domain/referential/regions";
import { CATEGORY_SORT_PREFIX, FIXED_SORTS, SORT_DIRECTIONS } from "@/lib/domain/reporting/establishment-list";
import { MAX_RANGE_WEEKS, weeksBetween } from "@/lib/domain/reporting/week-range";
import { isoWeekOf, parseWeekKey } from "@/lib/domain/time/paris-time";
import { integerField } from "./numbers";
import { weekKeyField } from "./week";
import { z } from "./zod";

/** An empty field of a GET form ("?departement=") means no filter. */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/**
 * The dashboard's URL parameters, shared by the page and its exports: the same URL gives the same rows. The period
 * runs from `depuis` to `semaine` (this week by default), both included; without `depuis`, `semaine` alone.
 */
export const dashboardParamsSchema = z
  .object({
    semaine: optional(weekKeyField("2026-W47")),
    depuis: optional(weekKeyField("2026-W45")),
    region: optional(z.enum(REGIONS.map((r) => r.code) as [string, ...string[]], { message: "Région inconnue." })),
    departement: optional(z.enum(DEPARTEMENTS.map((d) => d.code) as [string, ...string[]], { message: "Département inconnu." })),
    categorie: optional(z.string().regex(/^[A-Z0-9_]{1,30}$/, "Catégorie d'EPI inconnue.")),
    categorieEtablissement: optional(z.string().regex(/^\d{3}$/, "Catégorie FINESS invalide : 3 chiffres.")),
    q: optional(
      z
        .string()
        .trim()
        .max(100, "Recherche : 100 caractères au plus.")
        // PostgreSQL text cannot hold a NUL: refused here rather than failing the query.
        .refine((q) => !q.includes("\u0000"), "Recherche : caractère non autorisé."),
    ),
    // The establishments list only: « sans » keeps those without an order of the week.
    commandes: optional(z.enum(["sans"], { message: "Filtre des commandes inconnu : « sans » ou rien." })),
    tri: optional(
      z
        .string()
        .refine(
          (sort) => (FIXED_SORTS as readonly string[]).includes(sort) || new RegExp(`^${CATEGORY_SORT_PREFIX}[A-Z0-9_]{1,30}$`).test(sort),
          "Tri inconnu : choisissez une colonne du tableau des établissements.",
        ),
    ),
    ordre: optional(z.enum(SORT_DIRECTIONS, { message: "Ordre de tri inconnu : croissant ou décroissant." })),
    page: optional(integerField({ min: 1, max: 100_000, invalid: "Page invalide : un nombre entier de 1 à 100 000." })),
  })
  .superRefine(({ depuis, semaine }, context) => {
    const first = depuis && parseWeekKey(depuis);
    const last = semaine ? parseWeekKey(semaine) : isoWeekOf(new Date());
    // A malformed week has its own message already.
    if (!first || !last) return;
    const weeks = weeksBetween(first, last);
    if (weeks < 1) {
      context.addIssue({ code: "custom", path: ["depuis"], message: `Période inversée : la semaine de début (${first.key}) doit précéder la semaine de fin (${last.key}) ou être la même.` });
    } else if (weeks > MAX_RANGE_WEEKS) {
      context.addIssue({ code: "custom", path: ["depuis"], message: `Période trop longue : ${weeks} semaines, ${MAX_RANGE_WEEKS} au plus.` });
    }
  });

export type DashboardParams = z.output<typeof dashboardParamsSchema>;

export const exportFormatSchema = z.enum(["csv", "xlsx"], { message: "Format inconnu : csv ou xlsx." });

/** The URL parameters as the page received them (Next gives repeated ones as arrays: the first counts). */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}
