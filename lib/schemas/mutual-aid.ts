import { integerField } from "./numbers";
import { rowId } from "./text-fields";
import { z } from "./zod";

const FINESS = /^[0-9][0-9AB][0-9]{7}$/;

const units = integerField({ min: 1, max: 10_000_000, invalid: "Indiquez un nombre entier d'unités.", tooSmall: "Indiquez au moins une unité.", tooBig: "10 000 000 unités au plus." });

const productId = rowId("Choisissez le produit.");
const exchangeId = rowId("Échange introuvable.");
const note = z.string().trim().max(500, "Le message ne dépasse pas 500 caractères.").default("");
const finess = (what: string) => z.string().trim().regex(FINESS, `Indiquez le FINESS (9 caractères) ${what}.`);

/** An establishment asks a neighbour for a loan of a product. */
export const requestLoanSchema = z.object({ lenderFiness: finess("de l'établissement prêteur"), productId, units, note });
export type RequestLoanInput = z.input<typeof requestLoanSchema>;

/** An establishment offers its surplus of a product to its ARS's list. */
export const offerSurplusSchema = z.object({ productId, units, note });
export type OfferSurplusInput = z.input<typeof offerSurplusSchema>;

/** One step of an exchange by one of its establishments; accepting may grant fewer units than asked. */
export const moveExchangeSchema = z
  .object({
    exchangeId,
    to: z.enum(["ACCEPTED", "DECLINED", "CANCELLED", "WITHDRAWN", "HANDED_OVER", "RECEIVED"], { message: "Action inconnue." }),
    agreedUnits: z.preprocess((v) => (v === "" || v === null ? undefined : v), units.optional()),
  })
  .superRefine(({ to, agreedUnits }, ctx) => {
    if (to === "ACCEPTED" && agreedUnits === undefined) ctx.addIssue({ code: "custom", path: ["agreedUnits"], message: "Indiquez la quantité que vous prêtez." });
  });
export type MoveExchangeInput = z.input<typeof moveExchangeSchema>;

/** The ARS brokers: proposes a lender to a borrower, or gives an offered surplus a borrower. */
export const brokerExchangeSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("LOAN"), borrowerFiness: finess("de l'établissement à aider"), lenderFiness: finess("du prêteur"), productId, units, note }),
  z.object({ kind: z.literal("OFFER"), exchangeId, borrowerFiness: finess("de l'établissement à aider"), units }),
]);
export type BrokerExchangeInput = z.input<typeof brokerExchangeSchema>;
