import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { Pagination } from "@codegouvfr/react-dsfr/Pagination";
import { AdvanceOrderControl } from "@/components/logistics/advance-order-control";
import { BULK_FORM_ID, BulkAdvanceForm } from "@/components/logistics/bulk-advance-form";
import { TrackingUploadForm } from "@/components/logistics/tracking-upload-form";
import { formatCount, formatDateTime, formatLongDate } from "@/lib/domain/wording/french";
import { OrderStatusBadge } from "@/components/orders/order-status-badge";
import { FilterForm } from "@/components/ui/filter-form";
import { labelledOptions, SelectField } from "@/components/ui/select-field";
import { WeekPicker } from "@/components/ui/week-picker";
import { dayOfWeek, isoWeekOf, parseWeekKey, shiftWeek } from "@/lib/domain/time/paris-time";
import { nextLogisticsMove, TO_PREPARE } from "@/lib/domain/logistics/logistics-move";
import { LOGISTICS_KIND_LABELS } from "@/lib/domain/logistics/kind-labels";
import { BULK_TARGETS, LOGISTICS_PAGE_SIZE } from "@/lib/domain/logistics/bulk-moves";
import { CARRIER_LABELS, type Carrier } from "@/lib/domain/orders/carrier";
import { CHANNEL_STATUSES, ORDER_STATUS_LABELS, type OrderStatus } from "@/lib/domain/orders/order-status";
import { logisticsFilterSchema, weekKeySchema } from "@/lib/schemas/logistics";
import { can } from "@/lib/domain/permissions/permissions";
import { actorWith } from "@/lib/server/guards";
import { countWeekOrders, listRegions, listWeekOrders, type WeekOrdersFilter } from "@/lib/server/logistics/queries";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Logistique – commandes de la semaine" };


type SearchParams = Promise<Record<"semaine" | "statut" | "transporteur" | "region" | "page", string | string[] | undefined>>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The page's address for a week and filters (page 1 unless told). */
function pageHref(week: string, status?: OrderStatus, filters: { carrier?: Carrier; regionCode?: string; page?: number } = {}) {
  const params = new URLSearchParams({ semaine: week });
  if (status) params.set("statut", status);
  if (filters.carrier) params.set("transporteur", filters.carrier);
  if (filters.regionCode) params.set("region", filters.regionCode);
  if (filters.page && filters.page > 1) params.set("page", String(filters.page));
  return `/logistique?${params}`;
}

export default async function LogisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await actorWith("logistics.read");
  if (!actor) return <AccessDenied need="logistics.read" />;
  const canAct = can(actor, "order.advance");

  const params = await searchParams;
  const currentWeek = isoWeekOf(new Date()).key;
  const requestedWeek = single(params.semaine);
  const weekCheck = requestedWeek === undefined ? null : weekKeySchema.safeParse(requestedWeek);
  const weekKey = weekCheck?.success ? weekCheck.data : currentWeek;
  const week = parseWeekKey(weekKey)!;
  const statusCheck = logisticsFilterSchema.shape.statut.safeParse(single(params.statut) || undefined);
  const status = statusCheck.success ? statusCheck.data : undefined;
  const carrierCheck = logisticsFilterSchema.shape.transporteur.safeParse(single(params.transporteur) || undefined);
  const carrier = carrierCheck.success ? carrierCheck.data : undefined;
  const regions = await listRegions();
  const regionParam = single(params.region) || undefined;
  const regionCode = regions.some((r) => r.code === regionParam) ? regionParam : undefined;
  const requestedPage = logisticsFilterSchema.shape.page.parse(single(params.page)) ?? 1;
  const filter: WeekOrdersFilter = { week: weekKey, status, carrier, regionCode };
  const narrowing = { carrier, regionCode };

  const [{ orders, total: matching, page, pages }, counts] = await Promise.all([listWeekOrders(filter, requestedPage), countWeekOrders(weekKey)]);
  const total = CHANNEL_STATUSES.STATE.reduce((sum, s) => sum + counts[s], 0);
  const toPrepare = TO_PREPARE.reduce((sum, s) => sum + counts[s], 0);

  return (
    <>
      <h1>Commandes de la semaine {weekKey}</h1>
      <p className="fr-text--lead" data-testid="week-range">
        Du {formatLongDate(week.startsAt)} au {formatLongDate(dayOfWeek(week, 6))}
        {weekKey === currentWeek && " (semaine en cours)"}.
      </p>
      {weekCheck && !weekCheck.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>
            {weekCheck.error.issues[0].message} La semaine en cours est affichée.
          </p>
        </div>
      )}
      {(!carrierCheck.success || (regionParam && !regionCode)) && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>Transporteur ou région inconnus : ce filtre est ignoré.</p>
        </div>
      )}
      {!statusCheck.success && (
        <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert">
          <p>{statusCheck.error.issues[0].message} Toutes les commandes de la semaine sont affichées.</p>
        </div>
      )}

      <nav aria-label="Changer de semaine" className="fr-mb-3w">
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
          <li>
            <Link className="fr-btn fr-btn--secondary" href={pageHref(shiftWeek(weekKey, -1), status, narrowing)}>
              Semaine précédente ({shiftWeek(weekKey, -1)})
            </Link>
          </li>
          {weekKey !== currentWeek && (
            <li>
              <Link className="fr-btn fr-btn--tertiary" href={pageHref(currentWeek, status, narrowing)}>
                Semaine en cours ({currentWeek})
              </Link>
            </li>
          )}
          <li>
            <Link className="fr-btn fr-btn--secondary" href={pageHref(shiftWeek(weekKey, 1), status, narrowing)}>
              Semaine suivante ({shiftWeek(weekKey, 1)})
            </Link>
          </li>
        </ul>
      </nav>

      <FilterForm action="/logistique" label="Choisir la semaine et filtrer les commandes" columns={3}>
        <WeekPicker id="week" legend="Semaine" name="semaine" defaultValue={weekKey} />
        <SelectField id="carrier" name="transporteur" label="Transporteur" defaultValue={carrier ?? ""} placeholder="Tous les transporteurs" options={labelledOptions(Object.keys(CARRIER_LABELS) as Carrier[], CARRIER_LABELS)} />
        <SelectField id="region" name="region" label="Région de l'établissement livré" defaultValue={regionCode ?? ""} placeholder="Toutes les régions" options={regions.map((r) => ({ value: r.code, label: r.name }))} />
        <SelectField id="status" name="statut" label="Statut" defaultValue={status ?? ""} placeholder="Tous les statuts" options={labelledOptions(CHANNEL_STATUSES.STATE, ORDER_STATUS_LABELS)} />
      </FilterForm>

      <h2 className="fr-h4">Commandes par statut</h2>
      <ul className="fr-tags-group" data-testid="status-counts">
        <li>
          <Link className="fr-tag" href={pageHref(weekKey, undefined, narrowing)} aria-current={status ? undefined : "true"}>
            Toutes : {total}
          </Link>
        </li>
        {CHANNEL_STATUSES.STATE.map((s) => (
          <li key={s}>
            <Link className="fr-tag" href={pageHref(weekKey, s, narrowing)} aria-current={status === s ? "true" : undefined} data-status={s}>
              {ORDER_STATUS_LABELS[s]} : {counts[s]}
            </Link>
          </li>
        ))}
      </ul>

      <p className="fr-mt-2w">
        {/* A plain link: the browser downloads the file, no client-side navigation. */}
        <a className="fr-link fr-link--download" href={`/logistique/preparation?semaine=${weekKey}`} download>
          Télécharger la liste de préparation {weekKey}
          <span className="fr-link__detail">
            CSV – {toPrepare} {toPrepare > 1 ? "commandes" : "commande"} à préparer
          </span>
        </a>
      </p>

      {canAct && (
        <>
          <h2 className="fr-h4 fr-mt-4w">Expédier avec les numéros de suivi</h2>
          <TrackingUploadForm />
        </>
      )}
      <h2 className="fr-h4">Commandes correspondant aux filtres</h2>
      {canAct && <BulkAdvanceForm />}
      <p data-testid="matching-orders">
        {formatCount(matching)} {matching > 1 ? "commandes correspondent" : "commande correspond"} aux filtres
        {pages > 1 && ` ; page ${page} sur ${pages}, ${LOGISTICS_PAGE_SIZE} par page`}.
      </p>
      <DataTable
        caption={
          <>
            Commandes passées la semaine {weekKey}
            {status && ` au statut « ${ORDER_STATUS_LABELS[status]} »`}
            {carrier && `, ${CARRIER_LABELS[carrier]}`}
            {regionCode && `, région ${regions.find((r) => r.code === regionCode)?.name}`}
          </>
        }
        columns={[canAct && "Cocher", "N°", "Passée le", "Établissement livré", "Transporteur", "Type", "Produits (boîtes)", "Statut", canAct && "Étape suivante"]}
      >
        {orders.length === 0 && (
          <tr>
            <td colSpan={canAct ? 9 : 7}>Aucune commande{status || carrier || regionCode ? " pour ces filtres" : ""} cette semaine.</td>
          </tr>
        )}
        {orders.map((order) => {
          const next = nextLogisticsMove(order.status);
          return (
            <tr key={order.id} data-testid={`order-${order.number}`}>
              {canAct && (
                <td>
                  {next && (BULK_TARGETS as readonly string[]).includes(next) && (
                    <div className="fr-checkbox-group fr-checkbox-group--sm">
                      <input type="checkbox" id={`select-${order.id}`} name="orderIds" value={order.id} form={BULK_FORM_ID} />
                      <label className="fr-label" htmlFor={`select-${order.id}`}>
                        <span className="fr-sr-only">Commande n° {order.number}</span>
                      </label>
                    </div>
                  )}
                </td>
              )}
              <td>{order.number}</td>
              <td>{formatDateTime(order.createdAt)}</td>
              <td>
                {order.delivery.name}
                <br />
                FINESS {order.delivery.finess}
                <br />
                {order.delivery.departement}
              </td>
              <td>{CARRIER_LABELS[order.carrier]}</td>
              <td>{LOGISTICS_KIND_LABELS[order.kind]}</td>
              <td>
                <ul>
                  {order.lines.map((line) => (
                    <li key={line.id}>
                      {line.product.name} × {formatCount(line.packs)}
                    </li>
                  ))}
                </ul>
              </td>
              <td data-testid="order-status">
                <OrderStatusBadge status={order.status} />
                {order.trackingNumber && (
                  <>
                    <br />
                    Suivi : {order.trackingNumber}
                  </>
                )}
              </td>
              {canAct && (
                <td>{next ? <AdvanceOrderControl key={`${order.id}-${order.status}`} orderId={order.id} number={order.number} to={next} /> : "—"}</td>
              )}
            </tr>
          );
        })}
      </DataTable>
      {pages > 1 && (
        <Pagination count={pages} defaultPage={page} showFirstLast getPageLinkProps={(n) => ({ href: pageHref(weekKey, status, { ...narrowing, page: n }) })} />
      )}
    </>
  );
}
