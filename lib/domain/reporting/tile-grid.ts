/**
 * Tile-grid cartograms: one square per département (or region), placed roughly where it lies, so that a map needs
 * no tiles, no outlines and no network. Overseas territories sit in a row of their own below metropolitan France.
 */

/** [column, row] of each metropolitan département; overseas ones are placed by `overseasRow`. */
const DEPARTEMENT_TILES: Record<string, [number, number]> = {
  "62": [6, 0], "59": [7, 0],
  "76": [5, 1], "80": [6, 1], "60": [7, 1], "02": [8, 1], "08": [9, 1],
  "50": [3, 2], "14": [4, 2], "27": [5, 2], "95": [6, 2], "93": [7, 2], "51": [8, 2], "55": [9, 2], "57": [10, 2],
  "29": [0, 3], "22": [1, 3], "35": [2, 3], "53": [3, 3], "61": [4, 3], "78": [5, 3], "92": [6, 3], "75": [7, 3], "77": [8, 3], "54": [9, 3], "67": [10, 3],
  "56": [1, 4], "44": [2, 4], "49": [3, 4], "72": [4, 4], "28": [5, 4], "91": [6, 4], "94": [7, 4], "10": [8, 4], "52": [9, 4], "88": [10, 4], "68": [11, 4],
  "85": [2, 5], "79": [3, 5], "37": [4, 5], "41": [5, 5], "45": [6, 5], "89": [7, 5], "21": [8, 5], "70": [9, 5], "90": [10, 5],
  "17": [3, 6], "86": [4, 6], "36": [5, 6], "18": [6, 6], "58": [7, 6], "71": [8, 6], "39": [9, 6], "25": [10, 6],
  "33": [3, 7], "16": [4, 7], "87": [5, 7], "23": [6, 7], "03": [7, 7], "69": [8, 7], "01": [9, 7], "74": [10, 7],
  "40": [3, 8], "24": [4, 8], "19": [5, 8], "63": [6, 8], "42": [7, 8], "43": [8, 8], "38": [9, 8], "73": [10, 8],
  "64": [3, 9], "47": [4, 9], "46": [5, 9], "15": [6, 9], "48": [7, 9], "07": [8, 9], "26": [9, 9], "05": [10, 9],
  "65": [4, 10], "32": [5, 10], "82": [6, 10], "12": [7, 10], "30": [8, 10], "84": [9, 10], "04": [10, 10], "06": [11, 10],
  "09": [5, 11], "31": [6, 11], "81": [7, 11], "34": [8, 11], "13": [9, 11], "83": [10, 11], "2B": [12, 11],
  "11": [7, 12], "2A": [12, 12],
  "66": [7, 13],
};

/** [column, row] of each region with an ARS (metropolitan), overseas ones by `overseasRow`. */
const REGION_TILES: Record<string, [number, number]> = {
  "28": [1, 0], "32": [2, 0], "44": [3, 0],
  "53": [0, 1], "52": [1, 1], "11": [2, 1], "27": [3, 1],
  "75": [1, 2], "24": [2, 2], "84": [3, 2],
  "76": [2, 3], "93": [3, 3], "94": [4, 3],
};

export interface Tile {
  code: string;
  column: number;
  row: number;
}

/**
 * Places the given areas: metropolitan ones at their grid square (the grid cropped to what is shown), the others —
 * overseas — side by side on a row one square below.
 */
export function placeTiles(level: "departement" | "region", codes: readonly string[]): Tile[] {
  const grid = level === "departement" ? DEPARTEMENT_TILES : REGION_TILES;
  const placed = codes.filter((code) => grid[code]).map((code) => ({ code, column: grid[code][0], row: grid[code][1] }));
  const others = codes.filter((code) => !grid[code]);
  const minColumn = placed.length ? Math.min(...placed.map((t) => t.column)) : 0;
  const minRow = placed.length ? Math.min(...placed.map((t) => t.row)) : 0;
  const tiles = placed.map((t) => ({ ...t, column: t.column - minColumn, row: t.row - minRow }));
  const overseasRow = tiles.length ? Math.max(...tiles.map((t) => t.row)) + 2 : 0;
  return [...tiles, ...others.map((code, i) => ({ code, column: i, row: overseasRow }))];
}

/** Whether a grid knows a metropolitan area (overseas ones are laid out apart). */
export function hasGridPosition(level: "departement" | "region", code: string): boolean {
  return (level === "departement" ? DEPARTEMENT_TILES : REGION_TILES)[code] !== undefined;
}
