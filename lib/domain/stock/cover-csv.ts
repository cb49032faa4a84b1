import type { AccountCoverRow } from "./region-cover";

const DATE_TIME = new Intl.DateTimeFormat("fr-FR", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Paris" });
const DECIMAL = new Intl.NumberFormat("fr-FR", { maximumFractionDigits: 1, useGrouping: false });

/** A spreadsheet cell: quoted when needed, and a leading = + - @ neutralised (no formula from a FINESS label). */
function cell(value: string | number | null): string {
  if (value === null) return "";
  let text = typeof value === "number" ? DECIMAL.format(value) : value;
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const HEADER = [
  "FINESS",
  "Établissement",
  "Département",
  "Dernière déclaration",
  "Catégorie",
  "Stock déclaré (unités)",
  "Consommation hebdomadaire estimée (unités)",
  "Semaines de couverture",
  "Sous l'objectif de 3 semaines",
  "Prévision",
];

/**
 * The ARS export: one line per account and declared category (one line for an account that never declared),
 * ";"-separated with a byte-order mark, as French Excel opens it.
 */
export function coverCsv(accounts: readonly AccountCoverRow[]): string {
  const lines = [HEADER.map(cell).join(";")];
  for (const account of accounts) {
    const common = [account.finess, account.name, account.departementCode, account.lastDeclaredAt ? DATE_TIME.format(account.lastDeclaredAt) : "jamais"];
    const declared = account.categories.filter((c) => c.cover.status !== "NOT_DECLARED");
    if (declared.length === 0) lines.push([...common, null, null, null, null, null, "Aucune déclaration de stock"].map(cell).join(";"));
    for (const category of declared) {
      const { cover } = category;
      lines.push(
        [
          ...common,
          category.name,
          cover.stockUnits,
          cover.weeklyConsumption,
          // Floored like the pages: 2.96 weeks reads 2,9, not 3 — still under target.
          cover.weeksOfCover === null ? null : Math.floor(cover.weeksOfCover * 10) / 10,
          cover.status === "BELOW_TARGET" ? "oui" : cover.status === "ON_TARGET" || cover.status === "NO_CONSUMPTION" ? "non" : "inconnu",
          category.explanation,
        ]
          .map(cell)
          .join(";"),
      );
    }
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export const coverCsvFilename = (scope: string, now: Date) =>
  `couverture-stock-${scope}-${new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(now)}.csv`;
