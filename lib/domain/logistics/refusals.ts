import { refusals } from "../errors";
import { ORDER_STATUS_LABELS, type OrderStatus } from "../orders/order-status";
import { countOf, formatCount } from "../wording/french";
import { LOGISTICS_MOVE_LABELS, type LogisticsTarget } from "./logistics-move";

/** Refusals of the logistics team's moves over many orders at once: nothing is moved when one is refused. */
export const logisticsRefusals = refusals({
  BULK_NOTHING_SELECTED: () => "Cochez au moins une commande à faire avancer.",
  BULK_TOO_MANY: ({ max }: { max: number }) => `Faites avancer au plus ${formatCount(max)} commandes à la fois.`,
  BULK_MOVE_REFUSED: ({ to, refused }: { to: LogisticsTarget; refused: Array<{ number: number; status: OrderStatus | null }> }) =>
    `Aucune commande n'a été modifiée : « ${LOGISTICS_MOVE_LABELS[to]} » ne s'applique pas à ${countOf(refused.length, "commande")} (${refused
      .slice(0, 10)
      .map((r) => (r.status ? `n° ${r.number} : ${ORDER_STATUS_LABELS[r.status].toLowerCase()}` : "une commande introuvable"))
      .join(", ")}${refused.length > 10 ? ", …" : ""}). Rechargez la page et recommencez.`,
});

/** One refused line of the CSV of tracking numbers: its number in the file and why. */
export interface TrackingLineError {
  line: number;
  reason: string;
}

/** The CSV of tracking numbers is applied whole or not at all: one bad line refuses the file. */
export const trackingCsvRefusals = refusals({
  TRACKING_CSV_EMPTY: () => "Le fichier ne contient aucune ligne « numéro de commande;numéro de suivi ». Aucune commande n'a été modifiée.",
  TRACKING_CSV_REFUSED: ({ errors }: { errors: readonly TrackingLineError[] }) =>
    `Aucune commande n'a été modifiée : ${countOf(errors.length, "ligne")} du fichier ${errors.length > 1 ? "sont" : "est"} en erreur. Corrigez-${errors.length > 1 ? "les" : "la"}, puis envoyez de nouveau le fichier entier.`,
});

/** Why a line of the CSV of tracking numbers is refused, beyond what its schema says. */
export const TRACKING_LINE_REASONS = {
  columns: (found: number) => `Deux colonnes sont attendues, numéro de commande;numéro de suivi (${countOf(found, "colonne")} ici).`,
  duplicate: (number: number, firstLine: number) => `La commande n° ${number} figure déjà ligne ${firstLine}.`,
  tooMany: (max: number) => `Au plus ${formatCount(max)} commandes par fichier : envoyez les suivantes dans un autre fichier.`,
  unknown: (number: number) => `Aucune commande n° ${number} dans la logistique de l'État.`,
  notInPreparation: (number: number, status: OrderStatus) =>
    `La commande n° ${number} est « ${ORDER_STATUS_LABELS[status].toLowerCase()} » : seule une commande en préparation peut être expédiée.`,
};
