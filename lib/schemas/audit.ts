import { AUDIT_ENTITY_LABELS } from "@/lib/domain/audit/labels";
import { isCalendarDate } from "@/lib/domain/time/paris-time";
import { z } from "./zod";

/** An empty field of a GET form ("?acteur=") means no filter. */
const optional = <S extends z.ZodType>(schema: S) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

const text = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `${label} : ${max} caractères au plus.`)
    // PostgreSQL text cannot hold a NUL: refused here rather than failing the query.
    .refine((value) => !value.includes("\u0000"), `${label} : caractère non autorisé.`);

const day = (label: string) =>
  z.string().trim().refine(isCalendarDate, `${label} : indiquez une date au format AAAA-MM-JJ (par exemple 2026-11-23).`);

/** The journal's URL parameters, shared by the page and its CSV export: the same URL gives the same entries. */
export const auditFilterSchema = z
  .object({
    acteur: optional(text("Auteur", 200)),
    action: optional(z.string().trim().regex(/^[a-zA-Z][a-zA-Z._-]{0,59}$/, "Action inconnue.")),
    objet: optional(z.enum(Object.keys(AUDIT_ENTITY_LABELS) as [string, ...string[]], { message: "Type d'objet inconnu." })),
    identifiant: optional(text("Identifiant", 60)),
    du: optional(day("Début de période")),
    au: optional(day("Fin de période")),
  })
  .refine((filter) => !filter.du || !filter.au || filter.du <= filter.au, {
    message: "La période finit avant de commencer : la date de fin doit suivre la date de début.",
    path: ["au"],
  });

export type AuditFilter = z.output<typeof auditFilterSchema>;
