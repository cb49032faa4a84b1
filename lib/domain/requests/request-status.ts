import { requestRefusals } from "./refusals";

/** The life of a request decided by someone else (APE role, emergency top-up): pending, then approved or rejected. */
export const REQUEST_STATUSES = ["PENDING", "APPROVED", "REJECTED"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  PENDING: "En attente",
  APPROVED: "Acceptée",
  REJECTED: "Refusée",
};

export type RequestDecision = "APPROVED" | "REJECTED";

/** Only a pending request is decided, once. */
export function requireUndecided(current: RequestStatus): void {
  if (current !== "PENDING") throw requestRefusals.refuse("ALREADY_DECIDED", { status: current });
}
