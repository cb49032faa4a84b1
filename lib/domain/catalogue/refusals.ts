import { refusals } from "../errors";

/** Refusals about the catalogue: EPI categories, products, the national stock. */
export const catalogueRefusals = refusals({
  PRODUCT_CATEGORY_NOT_FOUND: ({ code }: { code: string }) =>
    `La catégorie d'EPI ${code} n'existe pas : rechargez la page et choisissez-en une dans la liste.`,
  PRODUCT_NOT_FOUND: () => "Ce produit n'existe pas : rechargez la page et choisissez-en un dans la liste.",
  /** A product asked for (ordered, declared, requested) is missing or withdrawn from the catalogue. */
  /** The catalogue page opened on a product or a category (its address) that does not exist. */
  CATALOGUE_ITEM_NOT_FOUND: () => "Ce produit ou cette catégorie n'existe pas : choisissez-le dans les listes ci-dessous.",
  /** The quotas page opened on a category (its address) that does not exist. */
  QUOTA_CATEGORY_NOT_FOUND: ({ code }: { code: string }) => `La catégorie ${code} n'existe pas : choisissez-la dans le tableau.`,
  PRODUCT_UNAVAILABLE: () => "Un produit demandé n'existe pas ou n'est plus proposé.",
  REFERENCE_TAKEN: ({ reference }: { reference: string }) => `La référence ${reference} est déjà celle d'un autre produit : choisissez-en une autre.`,
  STOCK_OVERFLOW: ({ reference }: { reference: string }) =>
    `Le stock de ${reference} dépasserait la quantité maximale enregistrable : vérifiez la quantité reçue.`,
  NATIONAL_STOCK_SHORT: ({ product, requestedUnits, availableUnits }: { product: string; requestedUnits: number; availableUnits: number }) =>
    `Stock national insuffisant pour ${product} : ${requestedUnits} unités demandées, ${availableUnits} disponibles. Rien n'a été enregistré ; la demande reste en attente.`,
});
