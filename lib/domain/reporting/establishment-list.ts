import { compareFrench } from "../wording/french";
import type { EstablishmentLine } from "./dashboard";

/**
 * The dashboard's establishments table as the ARS asks for it: only those without an order of the week (« qui n'a
 * pas commandé ? »), sorted by any of its columns. It changes the list only — the totals, the map and the trend stay
 * the scope's, so the figures are the same whatever the list shows.
 */

/** Sort keys of the fixed columns; an EPI category column sorts as `epi-<code>`. */
export const FIXED_SORTS = ["etablissement", "departement", "categorie", "consommation", "commandes"] as const;
export type FixedSort = (typeof FIXED_SORTS)[number];
export const CATEGORY_SORT_PREFIX = "epi-";
export const SORT_DIRECTIONS = ["croissant", "decroissant"] as const;
export type SortDirection = (typeof SORT_DIRECTIONS)[number];

export const FIXED_SORT_LABELS: Record<FixedSort, string> = {
  etablissement: "Établissement",
  departement: "Département",
  categorie: "Catégorie FINESS",
  consommation: "Consommation",
  commandes: "Commandes",
};

export interface EstablishmentListOptions {
  /** Keep only the establishments with no order of the week (whatever its status). */
  withoutOrder?: boolean;
  sort?: string;
  direction?: SortDirection;
}

type Key = (line: EstablishmentLine) => string | number | null;

function keyOf(sort: string): Key | null {
  switch (sort) {
    case "etablissement":
      return (l) => l.name;
    case "departement":
      return (l) => l.departementCode;
    case "categorie":
      return (l) => l.categoryCode;
    case "consommation":
      return (l) => l.consumption;
    case "commandes":
      return (l) => l.orders;
  }
  if (!sort.startsWith(CATEGORY_SORT_PREFIX)) return null;
  const code = sort.slice(CATEGORY_SORT_PREFIX.length);
  // A category not shown this week has no column: every line weighs the same, the default order stays.
  return (l) => l.byCategory[code]?.stateUnits ?? 0;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (typeof a === "number" && typeof b === "number") return a - b;
  return compareFrench(String(a), String(b));
}

/** The lines kept and sorted; ties keep the dashboard's order (département, name). No figure is known (null) sorts last both ways. */
export function arrangeEstablishments(lines: readonly EstablishmentLine[], options: EstablishmentListOptions): EstablishmentLine[] {
  const kept = options.withoutOrder ? lines.filter((l) => l.orders === 0) : [...lines];
  const key = options.sort ? keyOf(options.sort) : null;
  if (!key) return kept;
  const sign = options.direction === "decroissant" ? -1 : 1;
  return kept.sort((x, y) => {
    const a = key(x);
    const b = key(y);
    if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
    return sign * compare(a, b);
  });
}
