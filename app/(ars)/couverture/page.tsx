import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { formatCount, formatDateTime, formatWeeks } from "@/lib/domain/wording/french";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/select-field";
import { AccountHeading } from "@/components/stock/account-heading";
import { CoverMap } from "@/components/stock/cover-map";
import { CoverStatusBadge } from "@/components/stock/cover-table";
import { SectorFilter } from "@/components/stock/sector-filter";
import { CARE_SECTOR_LABELS, isCareSector } from "@/lib/domain/referential/care-sector";
import { REGIONS } from "@/lib/domain/referential/regions";
import { accountsInState, coverSummary, shareText, UNKNOWN_COVER_REASONS, unknownCoverAccounts } from "@/lib/domain/stock/cover-truth";
import { belowTargetRows, departementShares, inSector } from "@/lib/domain/stock/region-cover";
import { can, COVER_READING } from "@/lib/domain/permissions/permissions";
import { actorWith } from "@/lib/server/guards";
import { coverScope, regionCover } from "@/lib/server/stock/region-cover";

export const metadata: Metadata = { title: "Couverture de stock des établissements" };

/** Rows listed per table; the CSV holds them all. */
const LISTED_ROWS = 200;

export default async function RegionCoverPage({ searchParams }: { searchParams: Promise<{ region?: string; secteur?: string; ordre?: string }> }) {
  const actor = await actorWith(COVER_READING);
  if (!actor) return <AccessDenied need={COVER_READING} />;
  const params = await searchParams;
  const requested = params.region?.trim() || null;
  const sector = isCareSector(params.secteur) ? params.secteur : null;
  const order = params.ordre === "COVER" ? "COVER" : "SECTOR";
  const scope = coverScope(actor, requested);
  if (!scope.ok) {
    return (
      <>
        <h1>Accès refusé</h1>
        <div className="fr-alert fr-alert--error" role="alert">
          <p>{scope.refusal.message}</p>
        </div>
      </>
    );
  }
  const now = new Date();
  const region = await regionCover(scope.regionCode, now);
  const { departements } = region;
  const accounts = inSector(region.accounts, sector);
  // Under target: measured so by a declaration of the last 14 days (an older one says nothing of today).
  const below = belowTargetRows(accountsInState(accounts, "BELOW", now), order);
  const unknown = unknownCoverAccounts(accounts, now);
  const atOrAbove = accountsInState(accounts, "AT_OR_ABOVE", now);
  const summary = coverSummary(accounts, now);
  const shares = departementShares(accounts, departements, now);
  const scopeName = scope.regionCode ? REGIONS.find((r) => r.code === scope.regionCode)!.name : "France entière";
  const departementName = new Map(departements.map((d) => [d.code, d.name]));
  const isAdmin = can(actor, "cover.national.read");
  return (
    <>
      <h1>Couverture de stock des établissements – {scopeName}</h1>
      <p>
        Tous les établissements éligibles de la région (catégorie FINESS éligible, ouverts) et ceux qui ont déclaré leur
        stock ({formatCount(summary.accounts)}). Objectif de la circulaire : 3 semaines de couverture par catégorie
        d&apos;EPI. Une couverture n&apos;est connue que d&apos;un établissement qui a déclaré au moins deux fois, la dernière
        il y a 14 jours au plus.
      </p>
      <DataTable testId="cover-summary" caption="Couverture des établissements" columns={["État", "Établissements", "Part"]}>
        <tr data-testid="summary-below">
          <th scope="row">Sous 3 semaines</th>
          <td>{formatCount(summary.below)}</td>
          <td>{shareText(summary.belowShareOfKnown)} des couvertures connues</td>
        </tr>
        <tr data-testid="summary-at-or-above">
          <th scope="row">3 semaines ou plus</th>
          <td>{formatCount(summary.atOrAbove)}</td>
          <td>{shareText(summary.belowShareOfKnown === null ? null : 1 - summary.belowShareOfKnown)} des couvertures connues</td>
        </tr>
        <tr data-testid="summary-unknown">
          <th scope="row">
            Inconnue
            <span className="fr-hint-text">
              jamais déclaré : {formatCount(summary.unknownBy.NEVER_DECLARED)} ; une seule déclaration : {formatCount(summary.unknownBy.ONE_DECLARATION)} ;
              déclaration de plus de 14 jours : {formatCount(summary.unknownBy.STALE)}
            </span>
          </th>
          <td>{formatCount(summary.unknown)}</td>
          <td>{shareText(summary.unknownShare)} des établissements</td>
        </tr>
        <tr data-testid="summary-reporting">
          <th scope="row">Taux de déclaration (déclaration de moins de 14 jours)</th>
          <td>{formatCount(summary.accounts - summary.unknownBy.NEVER_DECLARED - summary.unknownBy.STALE)}</td>
          <td>{shareText(summary.reportingRate)} des établissements</td>
        </tr>
          </DataTable>
      {isAdmin && (
        <form method="get" className="fr-mb-4w">
          <SelectField id="cover-region" name="region" label="Région" defaultValue={scope.regionCode ?? ""} placeholder="France entière" options={REGIONS.map((r) => ({ value: r.code, label: r.name }))} />
          <button type="submit" className="fr-btn fr-btn--secondary">
            Afficher
          </button>
        </form>
      )}
      <p>
        <a className="fr-link" href={`/couverture/export${scope.regionCode && isAdmin ? `?region=${scope.regionCode}` : ""}`} download>
          Télécharger la couverture de tous les établissements (CSV)
        </a>
      </p>

      <SectorFilter regionCode={isAdmin ? scope.regionCode : null} sector={sector} order={order} />

      <h2 id="below-target-title">Établissements sous 3 semaines de couverture ({below.length})</h2>
      {below.length === 0 ? (
        <p>Aucun établissement sous l&apos;objectif.</p>
      ) : (
        <DataTable
          caption={
            <>
              Catégories d&apos;EPI sous l&apos;objectif,{" "}
              {order === "SECTOR" ? "le médico-social d'abord, puis la couverture la plus courte" : "la couverture la plus courte d'abord"}
            </>
          }
          columns={["Établissement", "Département", "Secteur", "Catégorie", "Couverture", "Prévision"]}
          testId="below-target"
        >
          {below.map(({ account, category }) => (
            <tr key={`${account.finess}-${category.code}`} data-testid={`below-${account.finess}-${category.code}`}>
              <AccountHeading account={account} />
              <td>{departementName.get(account.departementCode) ?? account.departementCode}</td>
              <td>{CARE_SECTOR_LABELS[account.sector]}</td>
              <td>{category.name}</td>
              <td>
                <strong>{formatWeeks(category.cover.weeksOfCover!)} sem.</strong> <CoverStatusBadge status={category.cover.status} />
              </td>
              <td>{category.explanation}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>Couverture inconnue ({formatCount(unknown.length)})</h2>
      {unknown.length === 0 ? (
        <p>La couverture de chaque établissement est connue.</p>
      ) : (
        <DataTable
          testId="unknown-cover"
          columns={["Établissement", "Département", "Couverture", "Dernière déclaration"]}
          caption={`Établissements à relancer, ceux qui n'ont jamais déclaré d'abord${unknown.length > LISTED_ROWS ? ` : les ${formatCount(LISTED_ROWS)} premiers, tous dans le CSV` : ""}`}
        >
          {unknown.slice(0, LISTED_ROWS).map(({ account, reason }) => (
            <tr key={account.finess} data-testid={`unknown-${account.finess}`}>
              <AccountHeading account={account} />
              <td>{departementName.get(account.departementCode) ?? account.departementCode}</td>
              <td>Inconnue : {UNKNOWN_COVER_REASONS[reason]}</td>
              <td>{account.lastDeclaredAt ? formatDateTime(account.lastDeclaredAt) : "Jamais"}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>3 semaines de couverture ou plus ({formatCount(atOrAbove.length)})</h2>
      {atOrAbove.length === 0 ? (
        <p>Aucun établissement n&apos;a de couverture connue à 3 semaines ou plus.</p>
      ) : (
        <DataTable
          testId="at-or-above"
          columns={["Établissement", "Département", "Dernière déclaration"]}
          caption={`Établissements dont chaque catégorie déclarée couvre 3 semaines ou plus${atOrAbove.length > LISTED_ROWS ? ` : les ${formatCount(LISTED_ROWS)} premiers, tous dans le CSV` : ""}`}
        >
          {atOrAbove.slice(0, LISTED_ROWS).map((account) => (
            <tr key={account.finess} data-testid={`at-or-above-${account.finess}`}>
              <AccountHeading account={account} />
              <td>{departementName.get(account.departementCode) ?? account.departementCode}</td>
              <td>{formatDateTime(account.lastDeclaredAt!)}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>Carte des départements</h2>
      <CoverMap departements={shares} tableId="cover-by-departement" />
      <DataTable
        caption="Établissements sous l'objectif par département"
        columns={["Département", "Établissements", "Couverture connue", "Sous l'objectif", "Part des couvertures connues", "Couverture inconnue"]}
        tableId="cover-by-departement"
      >
        {shares.map((d) => (
          <tr key={d.code} data-testid={`departement-${d.code}`}>
            <th scope="row">
              {d.name} ({d.code})
            </th>
            <td>{formatCount(d.accounts)}</td>
            <td>{formatCount(d.known)}</td>
            <td>{formatCount(d.belowTarget)}</td>
            <td>{shareText(d.share)}</td>
            <td>
              {formatCount(d.unknown)} ({shareText(d.accounts ? d.unknown / d.accounts : null)})
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
