import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { formatCount, formatLongDate, inSentence } from "@/lib/domain/wording/french";
import { AreaTable, CategoryTable } from "@/components/reporting/area-table";
import { DashboardFilters } from "@/components/reporting/dashboard-filters";
import { dashboardSearch } from "@/components/reporting/dashboard-links";
import { EmergenciesTable } from "@/components/reporting/emergencies-table";
import { EstablishmentsTable } from "@/components/reporting/establishments-table";
import { formatQuota } from "@/components/reporting/figures";
import { TileMap } from "@/components/reporting/tile-map";
import { TrendChart } from "@/components/reporting/trend-chart";
import { dayOfWeek, isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import { ORDER_STATUS_LABELS, ORDER_STATUSES } from "@/lib/domain/orders/order-status";
import { DEPARTEMENTS, REGIONS } from "@/lib/domain/referential/regions";
import { formatConsumption } from "@/lib/domain/reporting/consumption";
import { periodLabel } from "@/lib/domain/reporting/week-range";
import { can, DASHBOARD_READING, type Capability } from "@/lib/domain/permissions/permissions";
import { firstValues } from "@/lib/schemas/reporting";
import { productCategories } from "@/lib/server/catalogue/queries";
import { eligibleCategories } from "@/lib/server/categories/queries";
import { actorWith } from "@/lib/server/guards";
import { loadDashboard } from "@/lib/server/reporting/dashboard-request";

export const metadata: Metadata = { title: "Tableau de bord" };


/** The pages next to the dashboard, each for whoever holds its capability. */
const RELATED_PAGES: Array<{ need: Capability; href: string; label: string }> = [
  { need: "mail.read", href: "/admin/courriels", label: "Courriels envoyés" },
  { need: "ape.decide", href: "/demandes-ape", label: "Demandes APE" },
  { need: "emergency.file", href: "/depannages", label: "Dépannages urgents" },
];

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await actorWith(DASHBOARD_READING);
  if (!actor) return <AccessDenied need={DASHBOARD_READING} />;
  const outcome = await loadDashboard(actor, firstValues(await searchParams));
  if (!outcome.ok) {
    return (
      <>
        <h1>{outcome.status === 403 ? "Accès refusé" : "Paramètres invalides"}</h1>
        <div className="fr-alert fr-alert--error" role="alert" data-testid="dashboard-refusal">
          <p>{outcome.refusal.message}</p>
        </div>
        <p className="fr-mt-4w">
          <Link href="/tableau-de-bord">Revenir au tableau de bord</Link>
        </p>
      </>
    );
  }
  const { dataset, params } = outcome;
  const national = can(actor, "dashboard.national.read");
  const scopeRegion = dataset.scope.kind === "region" ? dataset.scope.regionCode : null;
  const [categories, establishmentCategories] = await Promise.all([
    productCategories(),
    eligibleCategories(),
  ]);
  const currentWeek = isoWeekOf(new Date()).key;
  const withWeek = { ...params, semaine: dataset.week };
  const range = dataset.weeks.length > 1;
  // The arrows move the whole period by a week, keeping its length.
  const shifted = (offset: number) => ({
    semaine: shiftWeek(dataset.week, offset),
    depuis: range ? shiftWeek(dataset.weeks[0], offset) : undefined,
    page: undefined,
  });
  const pending = dataset.emergencies.filter((e) => e.status === "PENDING").length;

  return (
    <>
      <h1>{dataset.scope.kind === "national" ? "Tableau de bord national" : `Tableau de bord – ${dataset.scopeLabel}`}</h1>
      <p className="fr-text--lead" data-testid="dashboard-week">
        {range ? `Semaines ${periodLabel(dataset.weeks)}` : `Semaine ${dataset.week}`}, du {formatLongDate(dataset.weekStartsAt)} au{" "}
        {formatLongDate(dayOfWeek(isoWeekOf(new Date(dataset.weekEndsAt.getTime() - 1)), 6))}
        {dataset.week === currentWeek && (range ? " (jusqu'à la semaine en cours)" : " (semaine en cours)")}.
      </p>
      {dataset.filterLabels.length > 0 && <p data-testid="dashboard-filters">Filtres : {dataset.filterLabels.join(" ; ")}.</p>}

      <nav aria-label="Changer de semaine" className="fr-mb-2w">
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm">
          <li>
            <Link className="fr-btn fr-btn--secondary" href={`/tableau-de-bord${dashboardSearch(params, shifted(-1))}`}>
              Semaine précédente
            </Link>
          </li>
          {(range || dataset.week !== currentWeek) && (
            <li>
              <Link className="fr-btn fr-btn--tertiary" href={`/tableau-de-bord${dashboardSearch(params, { semaine: currentWeek, depuis: undefined, page: undefined })}`}>
                Semaine en cours
              </Link>
            </li>
          )}
          <li>
            <Link className="fr-btn fr-btn--secondary" href={`/tableau-de-bord${dashboardSearch(params, shifted(1))}`}>
              Semaine suivante
            </Link>
          </li>
        </ul>
      </nav>

      <DashboardFilters
        params={params}
        week={dataset.week}
        fromWeek={range ? dataset.weeks[0] : ""}
        regions={national ? REGIONS.map((r) => ({ value: r.code, label: `${r.code} – ${r.name}` })) : null}
        departements={DEPARTEMENTS.filter((d) => d.regionCode !== null && (!scopeRegion || d.regionCode === scopeRegion)).map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` }))}
        categories={categories.map((c) => ({ value: c.code, label: c.name }))}
        establishmentCategories={establishmentCategories.map((c) => ({ value: c.code, label: `${c.code} – ${c.label}` }))}
      />

      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mb-4w">
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href={`/tableau-de-bord/export${dashboardSearch(withWeek, { page: undefined, format: "xlsx" })}`} download>
            Télécharger le tableur (XLSX)
          </a>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" href={`/tableau-de-bord/export${dashboardSearch(withWeek, { page: undefined, format: "csv" })}`} download>
            Télécharger le tableau des établissements (CSV)
          </a>
        </li>
        {RELATED_PAGES.filter((link) => can(actor, link.need)).map((link) => (
          <li key={link.href}>
            <Link className="fr-btn fr-btn--tertiary" href={link.href}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>

      <section aria-labelledby="summary-title" className="fr-mb-6w">
        <h2 id="summary-title">{range ? "Synthèse de la période" : "Synthèse de la semaine"}</h2>
        <dl className="fr-grid-row fr-grid-row--gutters" data-testid="dashboard-totals">
          <div className="fr-col-6 fr-col-md-2">
            <dt className="fr-text--sm fr-mb-0">Établissements</dt>
            <dd className="fr-h4 fr-mb-0" data-testid="total-establishments">{formatCount(dataset.total.establishments)}</dd>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <dt className="fr-text--sm fr-mb-0">Commandes</dt>
            <dd className="fr-h4 fr-mb-0" data-testid="total-orders">{formatCount(dataset.total.orders)}</dd>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <dt className="fr-text--sm fr-mb-0">Commandé sur stock État (unités)</dt>
            <dd className="fr-h4 fr-mb-0" data-testid="total-state">{formatCount(dataset.total.stateUnits)}</dd>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <dt className="fr-text--sm fr-mb-0">Contingent (unités)</dt>
            <dd className="fr-h4 fr-mb-0" data-testid="total-quota">{formatQuota(dataset.total.quotaUnits)}</dd>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <dt className="fr-text--sm fr-mb-0">Consommation du contingent</dt>
            <dd className="fr-h4 fr-mb-0" data-testid="total-consumption">{formatConsumption(dataset.total.consumption)}</dd>
          </div>
          <div className="fr-col-6 fr-col-md-2">
            <dt className="fr-text--sm fr-mb-0">Hors contingent (unités)</dt>
            <dd className="fr-h4 fr-mb-0" data-testid="total-outside">{formatCount(dataset.total.outsideQuotaUnits)}</dd>
          </div>
        </dl>
        <p className="fr-mt-2w" data-testid="total-statuses">
          Statuts des commandes :{" "}
          {ORDER_STATUSES.map((s) => `${inSentence(ORDER_STATUS_LABELS[s])} ${formatCount(dataset.total.statuses[s])}`).join(", ")}.
          {pending > 0 && ` Dépannages urgents en attente : ${pending}.`}
        </p>
      </section>

      <section aria-labelledby="map-section-title" className="fr-mb-6w">
        <h2 id="map-section-title">{dataset.map.level === "region" ? "Consommation par région" : "Consommation par département"}</h2>
        <TileMap level={dataset.map.level} tiles={dataset.map.tiles} tableId={dataset.map.level === "region" ? "totaux-regions" : "totaux-departements"} />
      </section>

      <section aria-labelledby="trend-section-title" className="fr-mb-6w">
        <h2 id="trend-section-title">Tendance sur 12 semaines</h2>
        <TrendChart points={dataset.trend} />
      </section>

      <section aria-labelledby="totals-section-title" className="fr-mb-6w">
        <h2 id="totals-section-title">Totaux</h2>
        {dataset.map.level === "region" && (
          <AreaTable id="totaux-regions" caption="Totaux par région" areaLabel="Région" lines={dataset.byRegion} total={dataset.total} />
        )}
        <AreaTable id="totaux-departements" caption="Totaux par département" areaLabel="Département" lines={dataset.byDepartement} total={dataset.total} />
        <CategoryTable lines={dataset.byCategory} />
      </section>

      <section aria-labelledby="establishments-section-title" className="fr-mb-6w">
        <h2 id="establishments-section-title">Commandes par établissement</h2>
        <EstablishmentsTable
          lines={dataset.establishments}
          categories={dataset.categories}
          page={params.page ?? 1}
          pageHref={(page) => `/tableau-de-bord${dashboardSearch(withWeek, { page })}#etablissements`}
        />
      </section>

      <section aria-labelledby="emergencies-section-title" className="fr-mb-6w">
        <h2 id="emergencies-section-title">Dépannages urgents</h2>
        <EmergenciesTable
          requests={dataset.emergencies}
          caption={`Demandes en attente, et demandes déposées ou décidées ${range ? "sur la période" : "cette semaine"}`}
        />
      </section>
    </>
  );
}
