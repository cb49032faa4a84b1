import { countOf, formatCount } from "../wording/french";

export interface AllocatedRequest {
  requestedPacks: number;
  allocatedPacks: number;
}

export interface AllocatedRound {
  /** Packs of national stock shared. */
  stockPacks: number;
  /** Packs requested by all the accounts of the round. */
  totalRequestedPacks: number;
  /** Packs handed out. */
  totalAllocatedPacks: number;
}

/**
 * What an establishment received and why, in one French sentence: « Reçu 6 boîtes sur 10 demandées : stock national
 * de 50 boîtes réparti au prorata des contingents (120 boîtes demandées en tout). »
 */
export function allocationExplanation(request: AllocatedRequest, round: AllocatedRound): string {
  const received = `Reçu ${countOf(request.allocatedPacks, "boîte")} sur ${formatCount(request.requestedPacks)} ${request.requestedPacks > 1 ? "demandées" : "demandée"}`;
  // Shared when the requests exceeded the stock and it all went: otherwise only quota caps cut requests.
  if (round.totalRequestedPacks > round.stockPacks && round.totalAllocatedPacks >= round.stockPacks) {
    return `${received} : stock national de ${countOf(round.stockPacks, "boîte")} réparti au prorata des contingents (${countOf(round.totalRequestedPacks, "boîte")} ${round.totalRequestedPacks > 1 ? "demandées" : "demandée"} en tout).`;
  }
  if (request.allocatedPacks < request.requestedPacks) {
    return `${received} : le stock national couvrait toutes les demandes, mais votre contingent restant de la semaine ne permettait que ${countOf(request.allocatedPacks, "boîte")}.`;
  }
  return `${received} : le stock national de ${countOf(round.stockPacks, "boîte")} couvrait toutes les demandes.`;
}
