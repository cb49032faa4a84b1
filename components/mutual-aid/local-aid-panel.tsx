import { CoverStatusBadge } from "@/components/stock/cover-table";
import { parseLocalAidSnapshot, type LocalAidSnapshot } from "@/lib/domain/mutual-aid/local-aid-snapshot";
import { countOf } from "@/lib/domain/wording/french";
import { distanceText, weeksText } from "./lender-proposals";

/** An establishment's cover per category and, where it is short, the neighbours who could have lent. */
export function LocalAidPanel({ snapshot, testId }: { snapshot: LocalAidSnapshot; testId: string }) {
  if (snapshot.categories.length === 0) return <p data-testid={testId}>Aucune déclaration de stock : couverture inconnue.</p>;
  return (
    <ul className="fr-raw-list" data-testid={testId}>
      {snapshot.categories.map((c) => (
        <li key={c.code} className="fr-mb-1w" data-testid={`${testId}-${c.code}`}>
          <strong>{c.name}</strong> : {countOf(c.stockUnits, c.unitLabel)}, {weeksText(c.weeksOfCover)} <CoverStatusBadge status={c.status} />
          {c.status === "BELOW_TARGET" &&
            (c.lenders.length === 0 ? (
              <p className="fr-text--sm fr-mb-0">Aucun voisin n&apos;avait plus de 6 semaines de couverture à prêter.</p>
            ) : (
              <p className="fr-text--sm fr-mb-0">
                Voisins qui auraient pu prêter :{" "}
                {c.lenders.map((l) => `${l.name} (${l.departementCode}, ${distanceText(l.distanceKm)}, jusqu'à ${countOf(l.lendableUnits, c.unitLabel)})`).join(" ; ")}
              </p>
            ))}
        </li>
      ))}
    </ul>
  );
}

/** What an emergency request records of local aid: what the ARS says was tried, and what it saw when filing. */
export function RecordedLocalAid({ tried, recorded, testId }: { tried: string | null; recorded: unknown; testId: string }) {
  const snapshot = parseLocalAidSnapshot(recorded);
  return (
    <>
      <p className="fr-text--sm fr-mb-1w" data-testid={`${testId}-tried`}>
        Tenté : {tried ?? "non renseigné (demande antérieure)"}
      </p>
      {snapshot && <LocalAidPanel snapshot={snapshot} testId={testId} />}
    </>
  );
}
