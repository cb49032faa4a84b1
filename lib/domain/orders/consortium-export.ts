import { csvDocument } from "../export/csv";
import { parisDateKey, toParisLocalDateTime } from "../time/paris-time";
import { formatDecimal } from "../wording/french";
import { orderStatusLabel, type OrderStatus } from "./order-status";

/** One consortium order as its export reads it. */
export interface ConsortiumExportOrder {
  number: number;
  createdAt: Date;
  status: OrderStatus;
  accountFiness: string;
  purchaseOrderNumber: string | null;
  billingAddress: string | null;
  trackingNumber: string | null;
  totalCents: number;
  delivery: { finess: string; name: string; addressLine: string | null; postalLine: string | null };
  lines: ReadonlyArray<{ packs: number; units: number; unitPriceCents: number; product: { reference: string; name: string } }>;
}

export const CONSORTIUM_EXPORT_HEADER = [
  "N° commande",
  "Passée le",
  "Statut",
  "FINESS du compte",
  "Bon de commande",
  "Adresse de facturation",
  "FINESS de livraison",
  "Établissement livré",
  "Adresse",
  "Code postal et commune",
  "Numéro de suivi",
  "Référence produit",
  "Produit",
  "Boîtes",
  "Unités",
  "Prix unitaire (€)",
  "Montant de la ligne (€)",
  "Total de la commande (€)",
] as const;

const euros = (cents: number) => formatDecimal(cents / 100);

/** The consortium's orders as Excel (French locale) opens them: one line per order line, amounts in euros. */
export function consortiumOrdersCsv(orders: readonly ConsortiumExportOrder[]): string {
  const rows = [...orders]
    .sort((a, b) => a.number - b.number)
    .flatMap((order) =>
      order.lines.map((line) => [
        order.number,
        toParisLocalDateTime(order.createdAt).replace("T", " "),
        orderStatusLabel("CONSORTIUM", order.status),
        order.accountFiness,
        order.purchaseOrderNumber,
        order.billingAddress,
        order.delivery.finess,
        order.delivery.name,
        order.delivery.addressLine,
        order.delivery.postalLine,
        order.trackingNumber,
        line.product.reference,
        line.product.name,
        line.packs,
        line.units,
        euros(line.unitPriceCents),
        euros(line.units * line.unitPriceCents),
        euros(order.totalCents),
      ]),
    );
  return csvDocument(CONSORTIUM_EXPORT_HEADER, rows);
}

export const consortiumExportFilename = (now: Date) => `commandes-groupement-${parisDateKey(now)}.csv`;
