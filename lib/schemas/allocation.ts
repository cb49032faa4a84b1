import { integerField } from "./numbers";
import { isCalendarDate } from "@/lib/domain/time/paris-time";
import { weekKeyField } from "./week";
import { z } from "./zod";

const id = z.string().min(1).max(40);

/** The national admin switches a product to fair allocation for a week, with a cut-off (Paris wall-clock time). */
export const openAllocationRoundSchema = z.object({
  productId: z.string().min(1, "Choisissez le produit.").max(40),
  week: weekKeyField(),
  cutoffOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Indiquez la date limite des demandes.", abort: true })
    .refine(isCalendarDate, "Cette date n'existe pas."),
  cutoffTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Indiquez l'heure limite des demandes (hh:mm)."),
});

export const runAllocationSchema = z.object({
  roundId: id,
  /** Allocate before the cut-off: the requests stop there. */
  force: z.boolean().default(false),
});

/** An establishment's request in an allocation round, in packs. */
export const requestAllocationSchema = z.object({
  roundId: id,
  packs: integerField({ min: 1, max: 100_000, invalid: "Indiquez un nombre entier de boîtes.", tooSmall: "Demandez au moins une boîte.", tooBig: "100 000 boîtes au plus." }),
});

export type OpenAllocationRoundFormInput = z.input<typeof openAllocationRoundSchema>;
export type OpenAllocationRoundInput = z.output<typeof openAllocationRoundSchema>;
export type RunAllocationInput = z.input<typeof runAllocationSchema>;
export type RequestAllocationFormInput = z.input<typeof requestAllocationSchema>;
export type RequestAllocationInput = z.output<typeof requestAllocationSchema>;
