import { placeTiles } from "@/lib/domain/reporting/tile-grid";
import { agreeing, countOf, formatCount, nounOf } from "@/lib/domain/wording/french";
import { SHARE_BANDS, shareBand, type DepartementShare } from "@/lib/domain/stock/region-cover";

/** Band 0 (no cover known) to 4 (more than half under target): from pale to the DSFR "rouge marianne". */
const BAND_FILLS = ["#f6f6f6", "#dffee6", "#fddfd8", "#f99a88", "#ce0500"] as const;
const TILE = 64;
const GAP = 4;

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
  const placed = placeTiles("departement", departements.map((d) => d.code));
  const byCode = new Map(departements.map((d) => [d.code, d]));
  const columns = Math.max(1, ...placed.map((p) => p.column + 1));
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  return (
    <figure className="fr-mb-4w" data-testid="cover-map">
      <svg
        role="img"
        aria-labelledby="cover-map-title cover-map-description"
        viewBox={`0 0 ${columns * (TILE + GAP)} ${rows * (TILE + GAP)}`}
        width={Math.min(columns * (TILE + GAP), 720)}
        style={{ maxWidth: "100%", height: "auto" }}
      >
        <title id="cover-map-title">Carte des départements, selon la part des établissements sous 3 semaines de couverture</title>
        <desc id="cover-map-description">{departements.map(describe).join(" ; ")}</desc>
        {placed.map(({ code, column, row }) => {
          const departement = byCode.get(code)!;
          const band = shareBand(departement.share);
          const ink = band === 4 ? "#ffffff" : "#161616";
          const x = column * (TILE + GAP);
          const y = row * (TILE + GAP);
          return (
            <g key={code} data-code={code} data-band={band}>
              <rect x={x} y={y} width={TILE} height={TILE} rx={4} fill={BAND_FILLS[band]} stroke="#3a3a3a" strokeWidth={1} strokeDasharray={band === 0 ? "4 3" : undefined} />
              <text x={x + TILE / 2} y={y + 26} textAnchor="middle" fontSize={15} fontWeight={700} fill={ink}>
                {code}
              </text>
              <text x={x + TILE / 2} y={y + 48} textAnchor="middle" fontSize={13} fill={ink}>
                {percent(departement.share)}
              </text>
            </g>
          );
        })}
      </svg>
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
