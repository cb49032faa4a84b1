import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { formatDateTime, formatWeeks } from "@/lib/domain/wording/french";
import { CoverMap } from "@/components/stock/cover-map";
import { CoverStatusBadge } from "@/components/stock/cover-table";
import { SectorFilter } from "@/components/stock/sector-filter";
import { CARE_SECTOR_LABELS, isCareSector } from "@/lib/domain/referential/care-sector";
import { REGIONS } from "@/lib/domain/referential/regions";
import { belowTargetRows, departementShares, inSector, overdueAccounts } from "@/lib/domain/stock/region-cover";
import { can, COVER_READING } from "@/lib/domain/permissions/permissions";
import { actorWith } from "@/lib/server/guards";
import { coverScope, regionCover } from "@/lib/server/stock/region-cover";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Couverture de stock des établissements" };

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
  const below = belowTargetRows(accounts, order);
  const overdue = overdueAccounts(accounts, now);
  const shares = departementShares(accounts, departements);
  const scopeName = scope.regionCode ? REGIONS.find((r) => r.code === scope.regionCode)!.name : "France entière";
  const departementName = new Map(departements.map((d) => [d.code, d.name]));
  const isAdmin = can(actor, "cover.national.read");
  return (
    <>
      <h1>Couverture de stock des établissements – {scopeName}</h1>
      <p>
        Établissements suivis : ceux inscrits sur le portail et ceux qui ont déclaré leur stock ({accounts.length}). Objectif
        de la circulaire : 3 semaines de couverture par catégorie d&apos;EPI.
      </p>
      {isAdmin && (
        <form method="get" className="fr-mb-4w">
          <div className="fr-select-group">
            <label className="fr-label" htmlFor="cover-region">
              Région
            </label>
            <select className="fr-select" id="cover-region" name="region" defaultValue={scope.regionCode ?? ""}>
              <option value="">France entière</option>
              {REGIONS.map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="fr-btn fr-btn--secondary">
            Afficher
          </button>
        </form>
      )}
      <p>
        <a className="fr-link" href={`/couverture/export${scope.regionCode && isAdmin ? `?region=${scope.regionCode}` : ""}`} download>
          Télécharger la couverture de tous les établissements suivis (CSV)
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
              <th scope="row">
                {account.name}
                <span className="fr-hint-text">FINESS {account.finess}</span>
              </th>
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

      <h2>Sans déclaration de stock depuis plus de 14 jours ({overdue.length})</h2>
      {overdue.length === 0 ? (
        <p>Tous les établissements suivis ont déclaré leur stock ces 14 derniers jours.</p>
      ) : (
        <DataTable caption="Établissements à relancer, ceux qui n'ont jamais déclaré d'abord" columns={["Établissement", "FINESS", "Département", "Dernière déclaration"]} testId="overdue">
          {overdue.map((a) => (
            <tr key={a.finess}>
              <td>{a.name}</td>
              <td>{a.finess}</td>
              <td>{departementName.get(a.departementCode) ?? a.departementCode}</td>
              <td>{a.lastDeclaredAt ? formatDateTime(a.lastDeclaredAt) : "Jamais"}</td>
            </tr>
          ))}
        </DataTable>
      )}

      <h2>Carte des départements</h2>
      <CoverMap departements={shares} tableId="cover-by-departement" />
      <DataTable caption="Établissements sous l'objectif par département" columns={["Département", "Établissements suivis", "Sous l'objectif", "Part"]} tableId="cover-by-departement">
        {shares.map((d) => (
          <tr key={d.code}>
            <th scope="row">
              {d.name} ({d.code})
            </th>
            <td>{d.accounts}</td>
            <td>{d.belowTarget}</td>
            <td>{d.share === null ? "—" : `${Math.round(d.share * 100)} %`}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
