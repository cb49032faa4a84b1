import { rowId } from "./text-fields";

/** The fields every move of an order shares, whoever moves it (the state's logistics, the consortium). */

/** The order moved, as the row's form sends its id. */
export const orderIdField = () => rowId("Commande introuvable.");

/** A carrier's tracking number: what a parcel label prints, never a formula a spreadsheet would run. */
export const TRACKING_NUMBER = /^[A-Za-z0-9-]{4,40}$/;
export const TRACKING_NUMBER_INVALID = "Le numéro de suivi comporte de 4 à 40 caractères : lettres, chiffres et tirets uniquement.";
