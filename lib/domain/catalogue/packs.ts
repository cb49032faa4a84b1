/** Stock and quotas count units; orders and cartons count packs of `packSize` units. */
export interface PackCount {
  /** Whole packs. */
  packs: number;
  /** Units left over, less than one pack. */
  units: number;
}

export function unitsToPacks(units: number, packSize: number): PackCount {
  if (!Number.isInteger(packSize) || packSize <= 0) throw new Error(`Conditionnement invalide : ${packSize}`);
  return { packs: Math.floor(units / packSize), units: units % packSize };
}

const INTEGER = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 0 });

export function formatInteger(value: number): string {
  return INTEGER.format(value);
}

/** "12 boîtes de 50" or "12 boîtes de 50 + 7 unités". */
export function formatPacks(units: number, packSize: number): string {
  const count = unitsToPacks(units, packSize);
  const packs = `${formatInteger(count.packs)} ${count.packs > 1 ? "boîtes" : "boîte"} de ${formatInteger(packSize)}`;
  return count.units ? `${packs} + ${formatInteger(count.units)} ${count.units > 1 ? "unités" : "unité"}` : packs;
}
