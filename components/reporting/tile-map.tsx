import { formatCount } from "@/lib/domain/wording/french";
import { CONSUMPTION_BUCKETS, formatConsumption, NO_QUOTA_LABEL } from "@/lib/domain/reporting/consumption";
import type { MapTile } from "@/lib/domain/reporting/dashboard";
import { placeTiles } from "@/lib/domain/reporting/tile-grid";

/** Lightest to darkest: DSFR "bleu France" shades; the two darkest take white text. */
export const BUCKET_COLOURS = ["#ececfe", "#cacafb", "#8585f6", "#3c3cc8", "#000091"] as const;
const NO_QUOTA_COLOUR = "#f6f6f6";
const TILE = 64;

/** The regions' usual abbreviations (ARS names), as the ministry's own maps print them; the full name is in each tile's title. */
const REGION_ABBREVIATIONS: Record<string, string> = {
  "01": "GUA", "02": "MTQ", "03": "GUF", "04": "RÉU", "06": "MAY", "11": "IDF", "24": "CVL", "27": "BFC", "28": "NOR",
  "32": "HDF", "44": "GES", "52": "PDL", "53": "BRE", "75": "NAQ", "76": "OCC", "84": "ARA", "93": "PACA", "94": "COR",
};
const GAP = 4;

function tileText(tile: MapTile): string {
  return `${tile.name} : ${formatConsumption(tile.consumption)} du contingent (${formatCount(tile.stateUnits)} unités sur ${
    tile.quotaUnits === null ? "aucun contingent" : formatCount(tile.quotaUnits)
  })`;
}

/**
 * A tile-grid map: one square per area, shaded in 5 steps by the share of the quota ordered. The figure's text
 * alternative lists every area; the same figures are in the totals table below it.
 */
export function TileMap({ level, tiles, tableId }: { level: "departement" | "region"; tiles: MapTile[]; tableId: string }) {
  const placed = placeTiles(level, tiles.map((t) => t.code));
  const byCode = new Map(tiles.map((t) => [t.code, t]));
  const columns = Math.max(1, ...placed.map((p) => p.column + 1));
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  const title = level === "region" ? "Carte des régions" : "Carte des départements";
  return (
    <figure className="fr-mb-4w" data-testid="consumption-map">
      <svg
        role="img"
        aria-labelledby="map-title map-description"
        viewBox={`0 0 ${columns * (TILE + GAP)} ${rows * (TILE + GAP)}`}
        width={Math.min(columns * (TILE + GAP), 720)}
        className="h-auto max-w-full"
      >
        <title id="map-title">{`${title}, ombrée selon la part du contingent commandée`}</title>
        <desc id="map-description">{tiles.map(tileText).join(" ; ")}</desc>
        {placed.map(({ code, column, row }) => {
          const tile = byCode.get(code)!;
          const bucket = tile.bucket?.index;
          const fill = bucket === undefined ? NO_QUOTA_COLOUR : BUCKET_COLOURS[bucket];
          const ink = bucket !== undefined && bucket >= 3 ? "#ffffff" : "#161616";
          const x = column * (TILE + GAP);
          const y = row * (TILE + GAP);
          return (
            <g key={code} data-code={code} data-bucket={bucket ?? "none"}>
              <title>{tileText(tile)}</title>
              <rect x={x} y={y} width={TILE} height={TILE} rx={4} fill={fill} stroke="#3a3a3a" strokeWidth={1} strokeDasharray={bucket === undefined ? "4 3" : undefined} />
              <text x={x + TILE / 2} y={y + 26} textAnchor="middle" fontSize={15} fontWeight={700} fill={ink}>
                {level === "region" ? (REGION_ABBREVIATIONS[code] ?? code) : code}
              </text>
              <text x={x + TILE / 2} y={y + 48} textAnchor="middle" fontSize={13} fill={ink}>
                {formatConsumption(tile.consumption)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <p className="fr-text--sm fr-mb-1w">
          Part du contingent hebdomadaire commandée sur le stock de l&apos;État. Les valeurs figurent dans le tableau{" "}
          <a href={`#${tableId}`}>{level === "region" ? "« Totaux par région »" : "« Totaux par département »"}</a>.
        </p>
        <ul className="flex list-none flex-wrap gap-x-6 gap-y-1 p-0 fr-text--sm" aria-label="Légende de la carte">
          {CONSUMPTION_BUCKETS.map((bucket) => (
            <li key={bucket.index}>
              <span className="mr-2 inline-block h-4 w-4 border border-[#3a3a3a] align-middle" style={{ background: BUCKET_COLOURS[bucket.index] }} aria-hidden="true" />
              {bucket.label}
            </li>
          ))}
          <li>
            <span className="mr-2 inline-block h-4 w-4 border border-dashed border-[#3a3a3a] bg-[#f6f6f6] align-middle" aria-hidden="true" />
            {NO_QUOTA_LABEL}
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
