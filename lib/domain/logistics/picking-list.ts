import { csvDocument } from "../export/csv";
import { CARRIER_LABELS, type Carrier } from "../orders/carrier";
import { ORDER_STATUS_LABELS, type OrderStatus } from "../orders/order-status";

/** One order line of the picking list, with where and to whom it goes. */
export interface PickingListRow {
  orderNumber: number;
  status: OrderStatus;
  carrier: Carrier;
  deliveryFiness: string;
  establishmentName: string;
  addressLine: string | null;
  postalLine: string | null;
  /** "69 – Rhône" */
  departement: string;
  contactName: string | null;
  contactPhone: string | null;
  openingHours: string | null;
  productReference: string;
  productName: string;
  packs: number;
  units: number;
}

export { csvCell } from "../export/csv";

export const PICKING_LIST_HEADER = [
  "N° commande",
  "Statut",
  "Transporteur",
  "FINESS de livraison",
  "Établissement",
  "Adresse",
  "Code postal et commune",
  "Département",
  "Contact livraison",
  "Téléphone du contact",
  "Horaires de réception",
  "Référence produit",
  "Produit",
  "Boîtes",
  "Unités",
] as const;

/** The picking list as Excel (French locale) opens it: BOM, ";" separators, CRLF, one line per order line. */
export function pickingListCsv(rows: readonly PickingListRow[]): string {
  const sorted = [...rows].sort((a, b) => a.orderNumber - b.orderNumber || a.productReference.localeCompare(b.productReference));
  const lines = sorted.map((row) => [
    row.orderNumber,
    ORDER_STATUS_LABELS[row.status],
    CARRIER_LABELS[row.carrier],
    row.deliveryFiness,
    row.establishmentName,
    row.addressLine,
    row.postalLine,
    row.departement,
    row.contactName,
    row.contactPhone,
    row.openingHours,
    row.productReference,
    row.productName,
    row.packs,
    row.units,
  ]);
  return csvDocument(PICKING_LIST_HEADER, lines);
}

export function pickingListFilename(weekKey: string): string {
  return `preparation-${weekKey}.csv`;
}
