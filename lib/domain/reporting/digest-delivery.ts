/**
 * Where one ARS's digest of a week stands, from its DigestDelivery row: sent; released after the relay refused it
 * (the run puts the claim's date back to the epoch); claimed by a run that stopped answering (older than the claim
 * timeout, the next run takes it back); or being sent now.
 */
export type DigestDeliveryStatus = "sent" | "failed" | "interrupted" | "sending";

export function digestDeliveryStatus(row: { createdAt: Date; sentAt: Date | null }, now: Date, claimTimeoutMs: number): DigestDeliveryStatus {
  if (row.sentAt) return "sent";
  if (row.createdAt.getTime() === 0) return "failed";
  return now.getTime() - row.createdAt.getTime() > claimTimeoutMs ? "interrupted" : "sending";
}

export const DIGEST_DELIVERY_STATUS_LABELS: Record<DigestDeliveryStatus, string> = {
  sent: "Envoyée",
  failed: "Refusée par le relais : renvoyée au prochain essai",
  interrupted: "Interrompue : renvoyée au prochain essai",
  sending: "En cours d'envoi",
};
