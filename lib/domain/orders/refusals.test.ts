import { describe, expect, it } from "vitest";
import { describeShortfall, orderRefusals } from "./refusals";

describe("the order refusals", () => {
  it("explains a late cancellation and a move the table refuses", () => {
    expect(orderRefusals.refusal("ORDER_TRANSITION_REFUSED", { from: "IN_PREPARATION", to: "CANCELLED" }).message).toContain("ne peut plus être annulée");
    expect(orderRefusals.refusal("ORDER_TRANSITION_REFUSED", { from: "DELIVERED", to: "SHIPPED" }).message).toBe(
      "Passage impossible de « Livrée » à « Expédiée ».",
    );
  });

  it("words a refused cancellation per channel: a consortium order is no matter of preparation", () => {
    expect(orderRefusals.refusal("ORDER_TRANSITION_REFUSED", { from: "CONFIRMED", to: "CANCELLED", channel: "CONSORTIUM" }).message).toBe(
      "Une commande « Confirmée » ne peut plus être annulée : seule une commande transmise au groupement, pas encore confirmée par lui, peut l'être.",
    );
  });

  it("describes the limit and the remainder of a line", () => {
    const text = describeShortfall({
      productId: "ffp2",
      productName: "Masque FFP2 (boîte de 20)",
      requestedPacks: 5,
      availablePacks: 3,
      limit: "QUOTA",
      allowedUnits: 200,
      unitLabel: "masque",
      packSize: 20,
    });
    expect(text).toBe(
      "Masque FFP2 (boîte de 20) : vous demandez 5 boîtes, mais votre contingent hebdomadaire de 200 masques ne couvre pas cette quantité : vous pouvez encore en commander 3 (60 masques).",
    );
  });

  it("keeps the counter-offer as data next to its message", () => {
    const refusal = orderRefusals.refuse("ORDER_EXCEEDS_LIMITS", {
      shortfalls: [{ productId: "p", productName: "Gants", requestedPacks: 2, availablePacks: 0, limit: "STOCK", unitLabel: "gant", packSize: 100, packaging: "ROLL" }],
      limits: ["STOCK"],
      counterOffer: [],
    });
    expect(refusal.code).toBe("ORDER_EXCEEDS_LIMITS");
    expect(refusal.details).toMatchObject({ limits: ["STOCK"], counterOffer: [] });
    expect(refusal.message).toBe(
      "Commande non enregistrée : quantité au-delà de la limite. Gants : vous demandez 2 rouleaux, mais le stock national est insuffisant : plus aucun rouleau n'est disponible.",
    );
  });
});
