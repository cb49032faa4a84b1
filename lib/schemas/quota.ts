import { integerField } from "./numbers";
import { weekKeyField } from "./week";
import { z } from "./zod";
import { FINESS_ERROR_MESSAGES, finessNumberError, normalizeFiness } from "@/lib/domain/finess/finess-number";
import { parseDecimal } from "@/lib/domain/quota/decimal";
import { overrideWeekRangeError } from "@/lib/domain/quota/override-rules";
import { categoryCodeField } from "./catalogue";
import { requiredText, rowId } from "./text-fields";

/** Units per week and per bed/place or staff member: a decimal ≥ 0 typed the French way ("1,5"). */
export function unitsPerWeek(label: string) {
  return z.string().transform((value, ctx) => {
    const parsed = parseDecimal(value);
    if (parsed !== null && parsed <= 10_000) return parsed;
    ctx.addIssue({ code: "custom", message: `${label} : indiquez un nombre positif ou nul, avec au plus 4 décimales, par exemple 1,5.` });
    return z.NEVER;
  });
}

export const quotaParametersSchema = z.object({
  categoryCode: categoryCodeField,
  quotaPerCapacityUnit: unitsPerWeek("Unités par lit ou place"),
  quotaPerStaffMember: unitsPerWeek("Unités par salarié"),
  /** The ISO week from which the parameters apply (the form proposes next week). */
  fromWeek: weekKeyField(),
});

/** A FINESS géographique (ET), checked for shape and key; its existence is the server's to check. */
export const establishmentFinessField = z
  .string()
  .transform(normalizeFiness)
  .superRefine((finess, ctx) => {
    if (!finess) return void ctx.addIssue({ code: "custom", message: "Indiquez le numéro FINESS géographique (ET) de l'établissement." });
    const error = finessNumberError(finess);
    if (error) ctx.addIssue({ code: "custom", message: FINESS_ERROR_MESSAGES[error] });
  });

/** An optional ISO week key ("2026-W48"); empty gives null (no bound). */
const weekBound = z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), weekKeyField().optional()).transform(
  (value) => value ?? null,
);

export const createQuotaOverrideSchema = z
  .object({
    establishmentFiness: establishmentFinessField,
    categoryCode: categoryCodeField,
    weeklyUnits: integerField({ min: 0, max: 10_000_000, invalid: "Indiquez le quota hebdomadaire en unités : un nombre entier positif ou nul." }),
    fromWeek: weekBound,
    toWeek: weekBound,
    reason: requiredText(500, {
      missing: "Indiquez le motif de la dérogation (par exemple la demande de l'ARS).",
      tooLong: "Le motif ne dépasse pas 500 caractères.",
    }),
  })
  .superRefine(({ fromWeek, toWeek }, ctx) => {
    const error = overrideWeekRangeError(fromWeek, toWeek);
    if (error) ctx.addIssue({ code: "custom", path: ["toWeek"], message: error });
  });

export const removeQuotaOverrideSchema = z.object({ id: rowId("Dérogation introuvable : rechargez la page.") });

export const spfCapacityThresholdSchema = z.object({
  spfCapacityThreshold: integerField({ min: 1, max: 1_000_000, invalid: "Indiquez un nombre entier de lits et places, au moins 1." }),
});

export type QuotaParametersFormInput = z.input<typeof quotaParametersSchema>;
export type QuotaParametersInput = z.output<typeof quotaParametersSchema>;
export type QuotaOverrideFormInput = z.input<typeof createQuotaOverrideSchema>;
export type CreateQuotaOverrideInput = z.output<typeof createQuotaOverrideSchema>;
export type RemoveQuotaOverrideInput = z.output<typeof removeQuotaOverrideSchema>;
export type SpfCapacityThresholdFormInput = z.input<typeof spfCapacityThresholdSchema>;
export type SpfCapacityThresholdInput = z.output<typeof spfCapacityThresholdSchema>;
