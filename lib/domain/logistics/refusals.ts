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
