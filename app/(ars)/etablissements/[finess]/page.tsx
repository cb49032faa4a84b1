import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccessDenied } from "@/components/access/access-denied";
import { EmergenciesTable } from "@/components/reporting/emergencies-table";
import { formatQuota } from "@/components/reporting/figures";
import { RequestStatusBadge } from "@/components/reporting/request-status-badge";
import { CoverTable } from "@/components/stock/cover-table";
import { DataTable } from "@/components/ui/data-table";
import { ORDER_KIND_LABELS } from "@/lib/domain/orders/order-kind";
import { ORDER_STATUS_LABELS } from "@/lib/domain/orders/order-status";
import { ESTABLISHMENT_READING } from "@/lib/domain/permissions/permissions";
import { formatConsumption } from "@/lib/domain/reporting/consumption";
import { formatCount, formatDateTime } from "@/lib/domain/wording/french";
import { actorWith } from "@/lib/server/guards";
import { establishmentRecord, RECORD_WEEKS } from "@/lib/server/reporting/establishment-record";

export const metadata: Metadata = { title: "Établissement" };

export default async function EstablishmentPage({ params }: { params: Promise<{ finess: string }> }) {
  const actor = await actorWith(ESTABLISHMENT_READING);
  if (!actor) return <AccessDenied need={ESTABLISHMENT_READING} />;
  const record = await establishmentRecord(actor, (await params).finess);
  if (!record) notFound();
  const { line } = record;

  return (
    <>
      <p className="fr-mb-2w">
        <Link href={`/tableau-de-bord?departement=${record.departementCode}`}>Retour au tableau de bord</Link>
      </p>
      <h1>{record.name}</h1>
      <p className="fr-text--lead" data-testid="establishment-identity">
        FINESS {record.finess} – {record.departementCode} {record.departementName}
        {record.legalEntityFiness !== record.finess && ` – entité juridique ${record.legalEntityName} (FINESS ${record.legalEntityFiness})`}
      </p>

      <section aria-labelledby="quota-title" className="fr-mb-6w">
        <h2 id="quota-title">Contingent de la semaine {record.week}</h2>
        {line && record.categories.length > 0 ? (
          <DataTable caption="Commandé sur stock État, contingent et hors contingent, par catégorie d'EPI" columns={["Catégorie", "Stock État (unités)", "Contingent (unités)", "Consommation", "Hors contingent (unités)"]} small testId="establishment-quota">
            {record.categories.map((c) => {
              const f = line.byCategory[c.code];
              return (
                <tr key={c.code}>
                  <th scope="row">{c.name}</th>
                  <td>{formatCount(f.stateUnits)}</td>
                  <td>{formatQuota(f.quotaUnits)}</td>
                  <td>{formatConsumption(f.consumption)}</td>
                  <td>{formatCount(f.outsideQuotaUnits)}</td>
                </tr>
              );
            })}
          </DataTable>
        ) : (
          <p>Aucune catégorie d&apos;EPI en tension ni commandée cette semaine.</p>
        )}
      </section>

      <section aria-labelledby="orders-title" className="fr-mb-6w">
        <h2 id="orders-title">Commandes des {RECORD_WEEKS} dernières semaines</h2>
        {record.orders.length > 0 ? (
          <DataTable caption={`Commandes livrées à l'établissement (${formatCount(record.orders.length)})`} hideCaption columns={["Commande", "Semaine", "Type", "Statut", "Unités", "Passée le"]} small testId="establishment-orders">
            {record.orders.map((o) => (
              <tr key={o.number}>
                <th scope="row">
                  N° {o.number}
                  {o.accountFiness !== record.finess && <span className="fr-text--xs fr-hint-text">par le compte {o.accountFiness}</span>}
                </th>
                <td>{o.week}</td>
                <td>{ORDER_KIND_LABELS[o.kind]}</td>
                <td>{ORDER_STATUS_LABELS[o.status]}</td>
                <td>{formatCount(o.units)}</td>
                <td>{formatDateTime(o.createdAt)}</td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p data-testid="establishment-no-order">Aucune commande ces {RECORD_WEEKS} dernières semaines.</p>
        )}
      </section>

      <section aria-labelledby="cover-title" className="fr-mb-6w">
        <h2 id="cover-title">Stock déclaré et couverture</h2>
        {record.cover ? (
          <>
            <p data-testid="establishment-last-declaration">
              Dernière déclaration le {formatDateTime(record.cover.lastDeclaredAt!)}
              {record.cover.accountFiness !== record.finess && `, par l'entité juridique (FINESS ${record.cover.accountFiness})`}.
            </p>
            <CoverTable categories={record.cover.categories} caption="Semaines de couverture par catégorie d'EPI" />
          </>
        ) : (
          <p data-testid="establishment-no-declaration">Aucune déclaration de stock : couverture inconnue.</p>
        )}
      </section>

      <section aria-labelledby="requests-title" className="fr-mb-6w">
        <h2 id="requests-title">Demandes</h2>
        <h3 className="fr-h6">Dépannages urgents</h3>
        <EmergenciesTable requests={record.emergencies} caption="Dépannages urgents de l'établissement, les plus récents d'abord" />
        <h3 className="fr-h6 fr-mt-4w">Révisions de contingent</h3>
        {record.revisions.length > 0 ? (
          <DataTable caption="Demandes de révision de contingent, les plus récentes d'abord" hideCaption columns={["Demandée le", "Catégorie", "À partir de", "Unités par semaine", "Statut"]} small testId="establishment-revisions">
            {record.revisions.map((r) => (
              <tr key={r.id}>
                <td>{formatDateTime(r.createdAt)}</td>
                <td>{r.categoryCode}</td>
                <td>
                  {r.fromWeek}, {formatCount(r.weeks)} sem.
                </td>
                <td>
                  {formatCount(r.requestedUnits)} demandées{r.grantedUnits !== null && `, ${formatCount(r.grantedUnits)} accordées`}
                </td>
                <td>
                  <RequestStatusBadge status={r.status} />
                </td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p>Aucune demande de révision de contingent.</p>
        )}
      </section>

      <section aria-labelledby="contact-title" className="fr-mb-6w">
        <h2 id="contact-title">Contacts</h2>
        {record.contacts.length > 0 ? (
          <ul data-testid="establishment-contacts">
            {record.contacts.map((c) => (
              <li key={c.email}>
                {[c.givenName, c.familyName].filter(Boolean).join(" ") || c.email} – <a href={`mailto:${c.email}`}>{c.email}</a>
                {c.phone && ` – ${c.phone}`}
                {c.deliveryContactName && (
                  <>
                    <br />
                    Livraison : {c.deliveryContactName}
                    {c.deliveryContactPhone && `, ${c.deliveryContactPhone}`}
                    {c.openingHours && ` (${c.openingHours})`}
                  </>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p>Aucun utilisateur inscrit pour cet établissement.</p>
        )}
      </section>
    </>
  );
}
