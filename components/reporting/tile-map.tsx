import { formatCount } from "@/lib/domain/wording/french";
import { CONSUMPTION_BUCKETS, formatConsumption, NO_QUOTA_LABEL } from "@/lib/domain/reporting/consumption";
import type { MapTile } from "@/lib/domain/reporting/dashboard";
import { TileGrid, type GridTile } from "./tile-grid";

/** Lightest to darkest: DSFR "bleu France" shades; the two darkest take white text. */
export const BUCKET_COLOURS = ["#ececfe", "#cacafb", "#8585f6", "#3c3cc8", "#000091"] as const;
const NO_QUOTA_COLOUR = "#f6f6f6";

/** The regions' usual abbreviations (ARS names), as the ministry's own maps print them; the full name is in each tile's title. */
const REGION_ABBREVIATIONS: Record<string, string> = {
  "01": "GUA", "02": "MTQ", "03": "GUF", "04": "RÉU", "06": "MAY", "11": "IDF", "24": "CVL", "27": "BFC", "28": "NOR",
  "32": "HDF", "44": "GES", "52": "PDL", "53": "BRE", "75": "NAQ", "76": "OCC", "84": "ARA", "93": "PACA", "94": "COR",
};

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
  const title = level === "region" ? "Carte des régions" : "Carte des départements";
  const gridTiles = tiles.map((tile): GridTile => {
    const bucket = tile.bucket?.index;
    return {
      code: tile.code,
      fill: bucket === undefined ? NO_QUOTA_COLOUR : BUCKET_COLOURS[bucket],
      ink: bucket !== undefined && bucket >= 3 ? "#ffffff" : "#161616",
      dashed: bucket === undefined,
      label: level === "region" ? (REGION_ABBREVIATIONS[tile.code] ?? tile.code) : tile.code,
      value: formatConsumption(tile.consumption),
      title: tileText(tile),
      data: { "data-bucket": bucket ?? "none" },
    };
  });
  return (
    <figure className="fr-mb-4w" data-testid="consumption-map">
      <TileGrid id="map" level={level} tiles={gridTiles} title={`${title}, ombrée selon la part du contingent commandée`} description={tiles.map(tileText).join(" ; ")} />
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
