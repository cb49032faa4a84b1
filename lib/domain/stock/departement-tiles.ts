/**
 * A tile-grid cartogram of France: one equal square per département, placed to keep its neighbours roughly around
 * it (column, row; row 0 at the top). Overseas départements sit on the last row. A region's map is the crop of its
 * tiles.
 */
const ROWS: readonly string[] = [
  "62:6 59:7",
  "76:5 80:6 60:7 02:8 08:9",
  "50:3 14:4 27:5 78:6 95:7 93:8 51:9 55:10 57:11",
  "22:1 61:4 28:5 92:6 75:7 94:8 77:9 54:10 67:11",
  "29:0 56:1 35:2 53:3 72:4 41:5 45:6 91:7 89:8 10:9 52:10 88:11 68:12",
  "44:3 49:4 37:5 36:6 18:7 58:8 21:9 70:10 90:11",
  "85:3 79:4 86:5 23:6 03:7 71:8 39:9 25:10",
  "17:3 16:4 87:5 19:6 63:7 42:8 69:9 01:10 74:11",
  "33:3 24:4 46:5 15:6 43:7 07:8 38:9 73:10",
  "40:3 47:4 82:5 12:6 48:7 30:8 26:9 05:10",
  "64:3 32:4 31:5 81:6 34:7 13:8 84:9 04:10 06:11",
  "65:4 09:5 11:6 83:10 2B:12",
  "66:6 2A:12",
  "971:0 972:1 973:2 974:3 976:4",
];

export interface Tile {
  code: string;
  column: number;
  row: number;
}

export const DEPARTEMENT_TILES: ReadonlyMap<string, Tile> = new Map(
  ROWS.flatMap((line, row) =>
    line.split(" ").map((entry) => {
      const [code, column] = entry.split(":");
      return [code, { code, column: Number(column), row }] as const;
    }),
  ),
);

/** The tiles of some départements, shifted so the top-left one starts at (0, 0); unknown codes are left out. */
export function cropTiles(codes: readonly string[]): { tiles: Tile[]; columns: number; rows: number } {
  const tiles = codes.flatMap((code) => {
    const tile = DEPARTEMENT_TILES.get(code);
    return tile ? [tile] : [];
  });
  if (tiles.length === 0) return { tiles: [], columns: 0, rows: 0 };
  const minColumn = Math.min(...tiles.map((t) => t.column));
  const minRow = Math.min(...tiles.map((t) => t.row));
  const shifted = tiles.map((t) => ({ code: t.code, column: t.column - minColumn, row: t.row - minRow }));
  return {
    tiles: shifted,
    columns: Math.max(...shifted.map((t) => t.column)) + 1,
    rows: Math.max(...shifted.map((t) => t.row)) + 1,
  };
}
