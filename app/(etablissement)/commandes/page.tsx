import type { Metadata } from "next";
import Link from "next/link";
import { formatDateTime, formatEuros, packsOf } from "@/lib/domain/wording/french";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { ORDER_KIND_LABELS } from "@/lib/domain/orders/order-kind";
import { channelOf } from "@/lib/domain/orders/order-status";
import { requireOrderingAccount } from "@/lib/server/orders/ordering-context";
import { ordersOfAccount } from "@/lib/server/orders/queries";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Mes commandes" };

export default async function OrderHistoryPage() {
  const { accountFiness } = await requireOrderingAccount();
  const orders = await ordersOfAccount(accountFiness);
  return (
    <>
      <h1>Mes commandes</h1>
      <p>
        <Link className="fr-btn" href="/commandes/nouvelle">
          Nouvelle commande
        </Link>
      </p>
      {orders.length === 0 ? (
        <p>Aucune commande pour l&apos;instant.</p>
      ) : (
        <DataTable caption="Commandes de l'établissement, les plus récentes d'abord" columns={["N°", "Date", "Type", "Produits", "Livraison", "Montant", "Statut"]}>
          {orders.map((order) => (
            <tr key={order.id} data-testid={`order-${order.number}`}>
              <td>
                <Link href={`/commandes/${order.number}`}>{order.number}</Link>
              </td>
              <td>{formatDateTime(order.createdAt)}</td>
              <td>{ORDER_KIND_LABELS[order.kind]}</td>
              <td>{order.lines.map((l) => `${l.product.name} × ${packsOf(l.packs, l.product.packaging)}`).join(" ; ")}</td>
              <td>{order.delivery.name}</td>
              <td>{order.kind === "CONSORTIUM" ? formatEuros(order.totalCents) : "Gratuit"}</td>
              <td>
                <OrderStatusBadge status={order.status} channel={channelOf(order.kind)} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
