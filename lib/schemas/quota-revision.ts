import { integerField } from "./numbers";
import { weekKeyField } from "./week";
import { requiredText } from "./text-fields";
import { z } from "./zod";
import { JUSTIFICATION_MIN, REVISION_MAX_WEEKS } from "@/lib/domain/quota/revision-bounds";

const units = (message: string) => integerField({ min: 1, max: 10_000_000, invalid: message, tooBig: "10 000 000 unités par semaine au plus." });

/** An establishment asks its ARS for a higher weekly quota of a category, for N weeks. */
export const requestQuotaRevisionSchema = z.object({
  categoryCode: z.string().min(1, "Choisissez la catégorie d'EPI.").max(30),
  requestedUnits: units("Indiquez le contingent hebdomadaire demandé, en unités."),
  fromWeek: weekKeyField("2026-W49"),
  weeks: integerField({ min: 1, max: REVISION_MAX_WEEKS, invalid: "Indiquez un nombre entier de semaines.", tooSmall: `De 1 à ${REVISION_MAX_WEEKS} semaines.`, tooBig: `De 1 à ${REVISION_MAX_WEEKS} semaines.` }),
  justification: requiredText(2000, {
    min: JUSTIFICATION_MIN,
    missing: `Expliquez votre besoin en ${JUSTIFICATION_MIN} caractères au moins (épidémie, activité, visites à domicile…).`,
    tooLong: "2 000 caractères au plus.",
  }),
});

export const approveQuotaRevisionSchema = z.object({
  requestId: z.string().min(1).max(40),
  grantedUnits: units("Indiquez le contingent hebdomadaire accordé, en unités."),
});

export const rejectQuotaRevisionSchema = z.object({
  requestId: z.string().min(1).max(40),
  reason: requiredText(1000, { min: 5, missing: "Indiquez le motif du refus (5 caractères au moins).", tooLong: "1 000 caractères au plus." }),
});

export type RequestQuotaRevisionFormInput = z.input<typeof requestQuotaRevisionSchema>;
export type RequestQuotaRevisionInput = z.output<typeof requestQuotaRevisionSchema>;
export type ApproveQuotaRevisionFormInput = z.input<typeof approveQuotaRevisionSchema>;
export type RejectQuotaRevisionFormInput = z.input<typeof rejectQuotaRevisionSchema>;
