import { placeTiles } from "@/lib/domain/reporting/tile-grid";

const TILE = 64;
const GAP = 4;

/** One area's square: its code, shading and the two lines it prints; `data` marks it for the tests and the styles. */
export interface GridTile {
  code: string;
  fill: string;
  /** White on the darkest fills, else near-black. */
  ink: string;
  /** A dashed outline: the area has no figure. */
  dashed: boolean;
  label: string;
  value: string;
  /** The tile's own tooltip, when the figure's description is not enough. */
  title?: string;
  data: Record<`data-${string}`, string | number>;
}

/**
 * The squares of a tile-grid map (départements or regions in their usual places), as one image whose text
 * alternative is `title` and `description`; the figure around it gives the legend.
 */
export function TileGrid({ id, level, tiles, title, description }: { id: string; level: "departement" | "region"; tiles: GridTile[]; title: string; description: string }) {
  const placed = placeTiles(level, tiles.map((t) => t.code));
  const byCode = new Map(tiles.map((t) => [t.code, t]));
  const columns = Math.max(1, ...placed.map((p) => p.column + 1));
  const rows = Math.max(1, ...placed.map((p) => p.row + 1));
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title ${id}-description`}
      viewBox={`0 0 ${columns * (TILE + GAP)} ${rows * (TILE + GAP)}`}
      width={Math.min(columns * (TILE + GAP), 720)}
      className="h-auto max-w-full"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-description`}>{description}</desc>
      {placed.map(({ code, column, row }) => {
        const tile = byCode.get(code)!;
        const x = column * (TILE + GAP);
        const y = row * (TILE + GAP);
        return (
          <g key={code} data-code={code} {...tile.data}>
            {tile.title && <title>{tile.title}</title>}
            <rect x={x} y={y} width={TILE} height={TILE} rx={4} fill={tile.fill} stroke="#3a3a3a" strokeWidth={1} strokeDasharray={tile.dashed ? "4 3" : undefined} />
            <text x={x + TILE / 2} y={y + 26} textAnchor="middle" fontSize={15} fontWeight={700} fill={tile.ink}>
              {tile.label}
            </text>
            <text x={x + TILE / 2} y={y + 48} textAnchor="middle" fontSize={13} fill={tile.ink}>
              {tile.value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
