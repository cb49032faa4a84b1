import { requiredText, rowId } from "./text-fields";
import { z } from "./zod";
import { packLinesSchema } from "./pack-lines";

/** An establishment user asks the ARS to become the APE of their establishment. */
export const requestApeSchema = z.object({
  motivation: requiredText(1000, {
    min: 10,
    missing: "Expliquez en quelques mots pourquoi vous demandez ce rôle (10 caractères au moins).",
    tooLong: "La motivation ne dépasse pas 1 000 caractères.",
  }),
});
export type RequestApeInput = z.input<typeof requestApeSchema>;

/** A decision on a pending request: a refusal always says why. */
export const decideRequestSchema = z
  .object({
    requestId: rowId("Demande introuvable."),
    decision: z.enum(["APPROVED", "REJECTED"], { message: "Choisissez d'accepter ou de refuser la demande." }),
    reason: z.string().trim().max(1000, "Le motif ne dépasse pas 1 000 caractères.").default(""),
    /** The decider confirmed what the page warned about: approving a second APE for an establishment. */
    confirmed: z.boolean().default(false),
  })
  .superRefine(({ decision, reason }, ctx) => {
    if (decision === "REJECTED" && reason.length < 5) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Indiquez le motif du refus : le demandeur le verra." });
    }
  });
export type DecideRequestInput = z.input<typeof decideRequestSchema>;

/** An ARS asks the crisis centre for EPI for an establishment of its region, outside its quota. */
export const fileEmergencySchema = z.object({
  establishmentFiness: z
    .string()
    .trim()
    .regex(/^[0-9][0-9AB][0-9]{7}$/, "Indiquez le FINESS géographique (9 caractères) de l'établissement à livrer."),
  reason: requiredText(2000, { min: 10, missing: "Décrivez l'urgence : ce qui manque et pourquoi (10 caractères au moins).", tooLong: "Le motif ne dépasse pas 2 000 caractères." }),
  // The circular puts local aid first: the crisis centre wants to know it was tried.
  localAidTried: requiredText(2000, {
    min: 10,
    missing: "Indiquez ce qui a été tenté localement : établissements voisins sollicités, prêts obtenus ou refusés (10 caractères au moins).",
    tooLong: "Ce qui a été tenté ne dépasse pas 2 000 caractères.",
  }),
  lines: packLinesSchema("demande"),
});
export type FileEmergencyInput = z.input<typeof fileEmergencySchema>;
