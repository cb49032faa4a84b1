import { refusals } from "../errors";
import { countOf, formatCount, formatDateTime, PACKAGINGS, type Packaging } from "../wording/french";
import { orderStatusLabel, type OrderChannel, type OrderStatus } from "./order-status";
import type { Shortfall } from "./order-limits";

/** A shortfall with what the sentence needs: the week's allowance of its category, its unit, its pack. */
export interface ShortfallLine extends Shortfall {
  allowedUnits?: number;
  unitLabel: string;
  packSize: number;
  packaging?: Packaging;
}

/** The sentence that names the limit a line hit and what remains of it. */
export function describeShortfall(line: ShortfallLine): string {
  const pack = PACKAGINGS[line.packaging ?? "BOX"];
  const remaining =
    line.availablePacks === 0
      ? `plus aucun${pack.feminine ? "e" : ""} ${pack.one} n'est disponible`
      : `vous pouvez encore en commander ${formatCount(line.availablePacks)} (${countOf(line.availablePacks * line.packSize, line.unitLabel)})`;
  const limit =
    line.limit === "QUOTA"
      ? `votre contingent hebdomadaire${line.allowedUnits !== undefined ? ` de ${countOf(line.allowedUnits, line.unitLabel)}` : ""} ne couvre pas cette quantité`
      : "le stock national est insuffisant";
  return `${line.productName} : vous demandez ${countOf(line.requestedPacks, pack)}, mais ${limit} : ${remaining}.`;
}

export const orderRefusals = refusals({
  ORDER_NOT_FOUND: () => "Commande introuvable.",
  ORDER_TRANSITION_REFUSED: ({ from, to, channel = "STATE" }: { from: OrderStatus; to: OrderStatus; channel?: OrderChannel }) =>
    to === "CANCELLED"
      ? `Une commande « ${orderStatusLabel(channel, from)} » ne peut plus être annulée : ${
          channel === "CONSORTIUM"
            ? "seule une commande transmise au groupement, pas encore confirmée par lui, peut l'être."
            : "seule une commande transmise, pas encore en préparation, peut l'être."
        }`
      : `Passage impossible de « ${orderStatusLabel(channel, from)} » à « ${orderStatusLabel(channel, to)} ».`,
  PRODUCT_NOT_IN_TENSION: ({ product }: { product: string }) => `${product} n'est pas en tension : commandez-le auprès du groupement RESAH – UniHA.`,
  PRODUCT_IN_TENSION: ({ product }: { product: string }) =>
    `${product} est en tension : il est fourni gratuitement par le stock de l'État, dans la limite de votre contingent.`,
  PRODUCT_IN_ALLOCATION: ({ product, cutoffAt }: { product: string; cutoffAt: Date }) =>
    `${product} est en répartition équitable cette semaine : il ne se commande pas ici. Déposez votre demande avant le ${formatDateTime(cutoffAt)} sur la page « Répartition équitable » (/allocation) ; le stock national sera ensuite réparti au prorata des contingents.`,
  DELIVERY_SITE_REQUIRED: () => "Choisissez l'établissement à livrer parmi vos sites.",
  /** Quota or stock cannot cover the order: nothing is recorded; `counterOffer` is what fits now. */
  ORDER_EXCEEDS_LIMITS: ({ shortfalls }: { shortfalls: ShortfallLine[]; limits: Array<"QUOTA" | "STOCK">; counterOffer: Array<{ productId: string; packs: number }> }) =>
    ["Commande non enregistrée : quantité au-delà de la limite.", ...shortfalls.map(describeShortfall)].join(" "),
});
