import { TileGrid, type GridTile } from "@/components/reporting/tile-grid";
import { agreeing, countOf, formatCount, nounOf } from "@/lib/domain/wording/french";
import { SHARE_BANDS, shareBand, type DepartementShare } from "@/lib/domain/stock/region-cover";

/** Band 0 (no cover known) to 4 (more than half under target): from pale to the DSFR "rouge marianne". */
const BAND_FILLS = ["#f6f6f6", "#dffee6", "#fddfd8", "#f99a88", "#ce0500"] as const;

const percent = (share: number | null) => (share === null ? "—" : `${Math.round(share * 100)} %`);
const COVER = nounOf("couverture", true);
const unknownText = (d: DepartementShare) => `${formatCount(d.unknown)} ${agreeing("inconnu", d.unknown, COVER)}`;
const describe = (d: DepartementShare) =>
  d.known === 0
    ? `${d.name} (${d.code}) : aucune couverture connue (${unknownText(d)})`
    : `${d.name} (${d.code}) : ${d.belowTarget} sur ${countOf(d.known, COVER)} ${agreeing("connu", d.known, COVER)} sous l'objectif (${percent(d.share)}), ${unknownText(d)}`;

/**
 * A tile-grid map of the départements (the reporting dashboard's grid), shaded by the share of followed
 * establishments under 3 weeks of cover. Its text alternative names every département; the same figures are in the
 * table that follows it.
 */
export function CoverMap({ departements, tableId }: { departements: DepartementShare[]; tableId: string }) {
  const tiles = departements.map((departement): GridTile => {
    const band = shareBand(departement.share);
    return {
      code: departement.code,
      fill: BAND_FILLS[band],
      ink: band === 4 ? "#ffffff" : "#161616",
      dashed: band === 0,
      label: departement.code,
      value: percent(departement.share),
      data: { "data-band": band },
    };
  });
  return (
    <figure className="fr-mb-4w" data-testid="cover-map">
      <TileGrid
        id="cover-map"
        level="departement"
        tiles={tiles}
        title="Carte des départements, selon la part des établissements sous 3 semaines de couverture"
        description={departements.map(describe).join(" ; ")}
      />
      <figcaption>
        <p className="fr-text--sm fr-mb-1w">
          Part, parmi les établissements dont la couverture est connue, de ceux qui ont au moins une catégorie d&apos;EPI
          sous 3 semaines de couverture ; les couvertures inconnues n&apos;y comptent pas et sont données à part. Les valeurs
          figurent dans le tableau <a href={`#${tableId}`}>« Établissements sous l&apos;objectif par département »</a>.
        </p>
        <ul className="fr-text--sm" aria-label="Légende de la carte" style={{ listStyle: "none", paddingLeft: 0, display: "flex", flexWrap: "wrap", gap: "0.25rem 1.5rem" }}>
          {SHARE_BANDS.map(({ band, label }) => (
            <li key={band}>
              <span
                aria-hidden="true"
                style={{
                  display: "inline-block",
                  width: "1rem",
                  height: "1rem",
                  marginRight: "0.5rem",
                  verticalAlign: "middle",
                  background: BAND_FILLS[band],
                  border: `1px ${band === 0 ? "dashed" : "solid"} #3a3a3a`,
                }}
              />
              {label}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
