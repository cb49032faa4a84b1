import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { ConsortiumOrderControl } from "@/components/orders/consortium-order-control";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import type { ConsortiumTarget } from "@/lib/domain/orders/consortium-move";
import { CHANNEL_STATUSES, movesFrom, orderStatusLabel, type OrderStatus } from "@/lib/domain/orders/order-status";
import { can } from "@/lib/domain/permissions/permissions";
import { countOf, formatCount, formatDateTime, formatEuros } from "@/lib/domain/wording/french";
import { consortiumFilterSchema } from "@/lib/schemas/consortium";
import { actorWith } from "@/lib/server/guards";
import { consortiumOrders } from "@/lib/server/orders/queries";

export const metadata: Metadata = { title: "Commandes du groupement RESAH – UniHA" };

type SearchParams = Promise<{ statut?: string | string[] }>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const pageHref = (status?: OrderStatus) => (status ? `/groupement?${new URLSearchParams({ statut: status })}` : "/groupement");

export default async function ConsortiumPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await actorWith("consortium.read");
  if (!actor) return <AccessDenied need="consortium.read" />;
  const canAct = can(actor, "consortium.advance");
  const statusCheck = consortiumFilterSchema.shape.statut.safeParse(single((await searchParams).statut) || undefined);
  const status = statusCheck.success ? statusCheck.data : undefined;
  const orders = await consortiumOrders(status);

  return (
    <>
      <h1>Commandes transmises au groupement RESAH – UniHA</h1>
      <p>
        Les établissements commandent ici les EPI hors tension ; le portail vous transmet leurs commandes. Confirmez-les ou refusez-les
        (avec le motif), puis indiquez l&apos;expédition et la livraison : l&apos;établissement suit chaque étape sur sa commande.
      </p>
      <p>
        <a className="fr-link fr-icon-download-line fr-link--icon-left" href="/groupement/export" download>
          Exporter toutes les commandes (CSV)
        </a>
      </p>
      {!statusCheck.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{statusCheck.error.issues[0].message} Toutes les commandes sont affichées.</p>
        </div>
      )}
      <nav aria-label="Filtrer par statut" className="fr-mb-3w">
        <ul className="fr-tags-group">
          <li>
            <Link className="fr-tag" href={pageHref()} aria-current={status ? undefined : "page"}>
              Toutes
            </Link>
          </li>
          {CHANNEL_STATUSES.CONSORTIUM.map((s) => (
            <li key={s}>
              <Link className="fr-tag" href={pageHref(s)} aria-current={status === s ? "page" : undefined}>
                {orderStatusLabel("CONSORTIUM", s)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {orders.length === 0 ? (
        <p>Aucune commande{status && ` au statut « ${orderStatusLabel("CONSORTIUM", status)} »`}.</p>
      ) : (
        <div className="fr-table">
          <table>
            <caption>
              {countOf(orders.length, "commande")}, les plus récentes d&apos;abord
            </caption>
            <thead>
              <tr>
                <th scope="col">N°</th>
                <th scope="col">Établissement livré</th>
                <th scope="col">Produits</th>
                <th scope="col">Montant</th>
                <th scope="col">Facturation</th>
                <th scope="col">Statut</th>
                {canAct && <th scope="col">Réponse</th>}
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} data-testid={`consortium-order-${order.number}`}>
                  <td>
                    {order.number}
                    <br />
                    <span className="fr-text--xs">{formatDateTime(order.createdAt)}</span>
                  </td>
                  <td>
                    {order.delivery.name} ({order.delivery.finess})
                    <br />
                    <span className="fr-text--xs">{[order.delivery.addressLine, order.delivery.postalLine].filter(Boolean).join(", ")}</span>
                  </td>
                  <td>{order.lines.map((l) => `${l.product.name} × ${formatCount(l.packs)}`).join(" ; ")}</td>
                  <td>{formatEuros(order.totalCents)}</td>
                  <td>
                    {order.purchaseOrderNumber && <>Bon n° {order.purchaseOrderNumber}</>}
                    <br />
                    <span className="fr-text--xs" style={{ whiteSpace: "pre-line" }}>
                      {order.billingAddress}
                    </span>
                  </td>
                  <td>
                    <OrderStatusBadge status={order.status} channel="CONSORTIUM" />
                    {order.refusalReason && order.status === "REFUSED" && <p className="fr-text--xs">Motif : {order.refusalReason}</p>}
                  </td>
                  {canAct && (
                    <td>
                      {(movesFrom("CONSORTIUM", order.status, "CONSORTIUM") as ConsortiumTarget[]).map((to) => (
                        <ConsortiumOrderControl key={to} orderId={order.id} number={order.number} to={to} />
                      ))}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
