export type Carrier = "LA_POSTE" | "SPF_DIRECT";

export const CARRIER_LABELS: Record<Carrier, string> = {
  LA_POSTE: "La Poste",
  SPF_DIRECT: "Santé publique France (livraison directe)",
};

/**
 * La Poste by default; Santé publique France delivers directly the largest hospitals (capacity at or above the
 * admin's threshold) and every establishment overseas (DROM-COM: three-character département codes).
 */
export function chooseCarrier(delivery: { capacity: number; departementCode: string }, spfCapacityThreshold: number): Carrier {
  if (delivery.departementCode.length === 3) return "SPF_DIRECT";
  return delivery.capacity >= spfCapacityThreshold ? "SPF_DIRECT" : "LA_POSTE";
}

/** The carrier's public page following a parcel, or null when it has none (SpF's own trucks). */
export function trackingUrl(carrier: Carrier, trackingNumber: string): string | null {
  return carrier === "LA_POSTE" ? `https://www.laposte.fr/outils/suivre-vos-envois?code=${encodeURIComponent(trackingNumber)}` : null;
}
