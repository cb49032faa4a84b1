import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelOrderButton } from "@/components/orders/cancel-order-button";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { ReceiptForm } from "@/components/orders/receipt-form";
import { formatCount, formatDateTime, formatEuros, formatUnitPrice, packsOf } from "@/lib/domain/wording/french";
import { CARRIER_LABELS, trackingUrl } from "@/lib/domain/orders/carrier";
import { ORDER_KIND_LABELS } from "@/lib/domain/orders/order-kind";
import { canTransition, channelOf, statusHistory } from "@/lib/domain/orders/order-status";
import { requireOrderingAccount } from "@/lib/server/orders/ordering-context";
import { orderOfAccount } from "@/lib/server/orders/queries";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Commande" };

export default async function OrderPage({ params }: { params: Promise<{ numero: string }> }) {
  const { accountFiness, canOrder } = await requireOrderingAccount();
  // Digits only, within PostgreSQL's integer: "0x10" is no order number, and 99999999999 would fail the query.
  const numero = (await params).numero;
  if (!/^\d{1,9}$/.test(numero)) notFound();
  const number = Number(numero);
  const order = await orderOfAccount(accountFiness, number);
  if (!order) notFound();
  const channel = channelOf(order.kind);
  const consortium = channel === "CONSORTIUM";
  const received = order.receivedAt !== null;
  const tracking = order.trackingNumber ? { number: order.trackingNumber, url: consortium ? null : trackingUrl(order.carrier, order.trackingNumber) } : null;
  return (
    <>
      <h1>
        Commande n° {order.number} <OrderStatusBadge status={order.status} channel={channel} />
      </h1>
      <ul>
        <li>Passée le {formatDateTime(order.createdAt)} (semaine {order.week})</li>
        <li>{consortium ? `Auprès du groupement RESAH – UniHA : ${formatEuros(order.totalCents)}` : `${ORDER_KIND_LABELS[order.kind]}, gratuite`}</li>
        {consortium && order.purchaseOrderNumber && <li>Bon de commande n° {order.purchaseOrderNumber}</li>}
        {consortium && order.billingAddress && <li>Facturation : {order.billingAddress}</li>}
        <li data-testid="order-delivery">
          Livraison : {order.delivery.name} ({order.delivery.finess}){" "}
          {consortium ? "par le groupement RESAH – UniHA, qui confirme, facture et livre" : `par ${CARRIER_LABELS[order.carrier]}`}
        </li>
        {tracking && (
          <li data-testid="order-tracking">
            Suivi du colis :{" "}
            {tracking.url ? (
              <a className="fr-link" href={tracking.url} target="_blank" rel="noopener noreferrer" title={`Suivre le colis ${tracking.number} sur laposte.fr – nouvelle fenêtre`}>
                {tracking.number}
              </a>
            ) : (
              tracking.number
            )}
          </li>
        )}
        {order.status === "REFUSED" && order.refusalReason && <li>Motif du refus du groupement : {order.refusalReason}</li>}
        {received && order.receiptNote && <li data-testid="receipt-note">Écart noté à la réception : {order.receiptNote}</li>}
      </ul>
      <h2 className="fr-h4">Suivi</h2>
      <ol data-testid="order-history">
        {statusHistory(channel, order).map((step) => (
          <li key={step.status}>
            {step.label} le {formatDateTime(step.at)}
          </li>
        ))}
      </ol>
      <DataTable caption="Produits commandés" columns={["Produit", "Quantité", "Unités", consortium && "Prix unitaire", received && "Boîtes reçues"]}>
        {order.lines.map((line) => (
          <tr key={line.id}>
            <td>{line.product.name}</td>
            <td>{packsOf(line.packs, line.product.packaging)}</td>
            <td>{formatCount(line.units)}</td>
            {consortium && <td>{formatUnitPrice(line.unitPriceCents)}</td>}
            {received && (
              <td data-testid={`received-${line.product.reference}`}>
                {formatCount(line.receivedPacks ?? 0)}
                {line.receivedPacks !== line.packs && ` (écart : ${formatCount((line.receivedPacks ?? 0) - line.packs)})`}
              </td>
            )}
          </tr>
        ))}
      </DataTable>
      {canOrder && canTransition(order.status, "RECEIVED", "ESTABLISHMENT", channel) && (
        <ReceiptForm orderId={order.id} lines={order.lines.map((l) => ({ id: l.id, productName: l.product.name, packs: l.packs }))} />
      )}
      {canOrder && <CancelOrderButton orderId={order.id} channel={channel} cancellable={canTransition(order.status, "CANCELLED", "ESTABLISHMENT", channel)} />}
      <p className="fr-mt-4w">
        <Link href="/commandes">Toutes mes commandes</Link>
      </p>
    </>
  );
}
