import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CancelOrderButton } from "@/components/orders/cancel-order-button";
import { formatCount, formatDateTime, formatEuros, formatUnitPrice } from "@/lib/domain/wording/french";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { CARRIER_LABELS } from "@/lib/domain/orders/carrier";
import { ORDER_KIND_LABELS } from "@/lib/domain/orders/order-kind";
import { canTransition } from "@/lib/domain/orders/order-status";
import { requireOrderingAccount } from "@/lib/server/orders/ordering-context";
import { orderOfAccount } from "@/lib/server/orders/queries";

export const metadata: Metadata = { title: "Commande" };

export default async function OrderPage({ params }: { params: Promise<{ numero: string }> }) {
  const { accountFiness, canOrder } = await requireOrderingAccount();
  // Digits only, within PostgreSQL's integer: "0x10" is no order number, and 99999999999 would fail the query.
  const numero = (await params).numero;
  if (!/^\d{1,9}$/.test(numero)) notFound();
  const number = Number(numero);
  const order = await orderOfAccount(accountFiness, number);
  if (!order) notFound();
  return (
    <>
      <h1>
        Commande n° {order.number} <OrderStatusBadge status={order.status} />
      </h1>
      <ul>
        <li>Passée le {formatDateTime(order.createdAt)} (semaine {order.week})</li>
        <li>
          {order.kind === "CONSORTIUM"
            ? `Auprès du groupement RESAH – UniHA : ${formatEuros(order.totalCents)}`
            : `${ORDER_KIND_LABELS[order.kind]}, gratuite`}
        </li>
        <li>
          Livraison : {order.delivery.name} ({order.delivery.finess}) par {CARRIER_LABELS[order.carrier]}
          {order.trackingNumber && `, suivi ${order.trackingNumber}`}
        </li>
      </ul>
      <div className="fr-table">
        <table>
          <caption>Produits commandés</caption>
          <thead>
            <tr>
              <th scope="col">Produit</th>
              <th scope="col">Boîtes</th>
              <th scope="col">Unités</th>
              {order.kind === "CONSORTIUM" && <th scope="col">Prix unitaire</th>}
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.id}>
                <td>{line.product.name}</td>
                <td>{formatCount(line.packs)}</td>
                <td>{formatCount(line.units)}</td>
                {order.kind === "CONSORTIUM" && <td>{formatUnitPrice(line.unitPriceCents)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canOrder && <CancelOrderButton orderId={order.id} cancellable={canTransition(order.status, "CANCELLED", "ESTABLISHMENT")} />}
      <p className="fr-mt-4w">
        <Link href="/commandes">Toutes mes commandes</Link>
      </p>
    </>
  );
}
