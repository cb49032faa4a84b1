import { refusals } from "../errors";
import { packsOf, type Packaging } from "../wording/french";

/** Refusals of fair allocation: opening a round, requesting in it, running it. */
export const allocationRefusals = refusals({
  ROUND_WEEK_PAST: () => "Cette semaine est passée : choisissez la semaine en cours ou une suivante.",
  CUTOFF_TIME_SKIPPED: () => "Cette heure n'existe pas à Paris ce jour-là (changement d'heure) : choisissez-en une autre.",
  CUTOFF_IN_PAST: () => "La date limite des demandes doit être dans le futur.",
  CUTOFF_AFTER_WEEK: ({ week }: { week: string }) => `La date limite doit tomber avant la fin de la semaine ${week}.`,
  ROUND_PRODUCT_NOT_IN_TENSION: ({ product }: { product: string }) =>
    `${product} n'est pas en tension : seul un produit servi par le stock de l'État se répartit.`,
  ROUND_ALREADY_OPEN: ({ product, week }: { product: string; week: string }) => `${product} est déjà en répartition pour la semaine ${week}.`,
  ROUND_NOT_FOUND: () => "Répartition introuvable.",
  ROUND_QUOTA_EXCEEDED: ({ week, product, remainingPacks, packaging }: { week: string; product: string; remainingPacks: number; packaging: Packaging }) =>
    remainingPacks === 0
      ? `Votre contingent de la semaine ${week} ne permet plus de demander ${product}.`
      : `Votre contingent restant de la semaine ${week} permet au plus ${packsOf(remainingPacks, packaging)} de ${product}.`,
  ROUND_CLOSED: () => "Les demandes de cette répartition sont closes.",
  ROUND_CUTOFF_NOT_REACHED: () => "La date limite des demandes n'est pas passée : attendez-la, ou forcez la répartition.",
  ROUND_ACCOUNT_NOT_FOUND: ({ finess }: { finess: string }) => `Établissement ${finess} introuvable : la répartition n'a pas eu lieu.`,
});
