/** The life of a request decided by someone else (APE role, emergency top-up): pending, then approved or rejected. */
export const REQUEST_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  PENDING: "En attente",
  APPROVED: "Acceptée",
  REJECTED: "Refusée",
};

export type RequestDecision = "APPROVED" | "REJECTED";

/** Only a pending request is decided, once; the French reason otherwise. */
export function decisionRefusal(current: RequestStatus): string | null {
  return current === "PENDING" ? null : `Cette demande a déjà été ${current === "APPROVED" ? "acceptée" : "refusée"} : elle ne peut plus être modifiée.`;
}
