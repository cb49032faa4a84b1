/**
 * The life of a loan of EPI between two establishments. An establishment asks a neighbour (REQUESTED) or offers its
 * surplus to its ARS's list (OFFERED); the ARS may broker an offer to a borrower, or ask a lender on a borrower's
 * behalf. Stock moves twice: the lender's when it confirms the hand-over, the borrower's when it confirms receipt.
 */
export const EXCHANGE_STATUSES = ["OFFERED", "REQUESTED", "ACCEPTED", "DECLINED", "CANCELLED", "WITHDRAWN", "HANDED_OVER", "RECEIVED"] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

/** Who moves an exchange: one of its two establishments, or the ARS of the region. */
export type ExchangeParty = "BORROWER" | "LENDER" | "ARS";

/** Every allowed move, and who may make it; anything absent is refused. */
export const EXCHANGE_TRANSITIONS: ReadonlyArray<{ from: ExchangeStatus; to: ExchangeStatus; by: ExchangeParty }> = [
  { from: "REQUESTED", to: "ACCEPTED", by: "LENDER" },
  { from: "REQUESTED", to: "DECLINED", by: "LENDER" },
  { from: "REQUESTED", to: "CANCELLED", by: "BORROWER" },
  { from: "REQUESTED", to: "CANCELLED", by: "ARS" },
  // An offer already says yes: the ARS giving it a borrower makes an agreed loan.
  { from: "OFFERED", to: "ACCEPTED", by: "ARS" },
  { from: "OFFERED", to: "WITHDRAWN", by: "LENDER" },
  // Until the goods leave, either side can call it off.
  { from: "ACCEPTED", to: "CANCELLED", by: "BORROWER" },
  { from: "ACCEPTED", to: "CANCELLED", by: "LENDER" },
  { from: "ACCEPTED", to: "HANDED_OVER", by: "LENDER" },
  { from: "HANDED_OVER", to: "RECEIVED", by: "BORROWER" },
];

export const EXCHANGE_STATUS_LABELS: Record<ExchangeStatus, string> = {
  OFFERED: "Surplus proposé",
  REQUESTED: "Demandé",
  ACCEPTED: "Accepté",
  DECLINED: "Refusé",
  CANCELLED: "Annulé",
  WITHDRAWN: "Offre retirée",
  HANDED_OVER: "Remis",
  RECEIVED: "Reçu",
};

/** Exchanges still under way: they appear first and can still move. */
export const OPEN_EXCHANGE_STATUSES: readonly ExchangeStatus[] = ["OFFERED", "REQUESTED", "ACCEPTED", "HANDED_OVER"];

export function canMoveExchange(from: ExchangeStatus, to: ExchangeStatus, by: ExchangeParty): boolean {
  return EXCHANGE_TRANSITIONS.some((t) => t.from === from && t.to === to && t.by === by);
}

/** How many units a move agrees on: the lender may accept for less than asked, never for more, never for nothing. */
export function agreedUnitsRefusal(requested: number, agreed: number): "AGREED_UNITS_NONE" | "AGREED_UNITS_ABOVE_REQUEST" | null {
  if (!Number.isInteger(agreed) || agreed < 1) return "AGREED_UNITS_NONE";
  if (agreed > requested) return "AGREED_UNITS_ABOVE_REQUEST";
  return null;
}
