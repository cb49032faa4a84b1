import type { OrderChannel } from "./order-status";

/**
 * What the establishment reads about cancelling, per channel: a state order gives its quota and stock back; a
 * consortium order is a purchase withdrawn before the consortium confirmed it, with neither quota nor state stock.
 */
export const CANCELLATION_WORDING: Record<OrderChannel, { hint: string; confirm: string; done: string }> = {
  STATE: {
    hint: "Tant qu'elle n'est pas en préparation, la commande peut être annulée ; le contingent et le stock sont alors rendus.",
    confirm: "La commande ne sera pas livrée ; les quantités prises sur votre contingent de la semaine vous sont rendues. Une commande annulée ne peut pas être rétablie.",
    done: "Commande annulée : les quantités prises sur votre contingent de la semaine vous sont rendues.",
  },
  CONSORTIUM: {
    hint: "Tant que le groupement RESAH – UniHA ne l'a pas confirmée, la commande peut être annulée.",
    confirm: "Le groupement RESAH – UniHA ne la traitera pas : elle ne sera ni livrée ni facturée. Une commande annulée ne peut pas être rétablie.",
    done: "Commande annulée : le groupement RESAH – UniHA ne la traitera pas, rien ne vous sera facturé.",
  },
};

