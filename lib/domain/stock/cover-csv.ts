import { csvDocument, type CsvValue } from "../export/csv";
import { parisDateKey } from "../time/paris-time";
import { formatDateTime, formatDecimal } from "../wording/french";
import { accountCoverState, coverStateText } from "./cover-truth";
import type { AccountCoverRow } from "./region-cover";

/** Decimals as a French spreadsheet reads them: "133,3". */
const decimal = (n: number | null) => (n === null ? null : formatDecimal(Math.round(n * 10) / 10));

/**
 * The ARS export: one line per account and declared category (one line for an account that never declared), each
 * with the account's cover state (under, at or above target, or unknown and why), in the portal's CSV for French Excel.
 */
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
  "Couverture de l'établissement",
];

export function coverCsv(accounts: readonly AccountCoverRow[], now: Date): string {
  const rows: CsvValue[][] = [];
  for (const account of accounts) {
    const state = coverStateText(accountCoverState(account, now));
    const common = [account.finess, account.name, account.departementCode, account.lastDeclaredAt ? formatDateTime(account.lastDeclaredAt) : "jamais"];
    const declared = account.categories.filter((c) => c.cover.status !== "NOT_DECLARED");
    if (declared.length === 0) rows.push([...common, null, null, null, null, null, "Aucune déclaration de stock", state]);
    for (const category of declared) {
      const { cover } = category;
      rows.push([
        ...common,
        category.name,
        cover.stockUnits,
        decimal(cover.weeklyConsumption),
        // Floored like the pages: 2.96 weeks reads 2,9, not 3 — still under target.
        decimal(cover.weeksOfCover === null ? null : Math.floor(cover.weeksOfCover * 10) / 10),
        cover.status === "BELOW_TARGET" ? "oui" : cover.status === "ON_TARGET" || cover.status === "NO_CONSUMPTION" ? "non" : "inconnu",
        category.explanation,
        state,
      ]);
    }
  }
  return csvDocument(HEADER, rows);
}

export const coverCsvFilename = (scope: string, now: Date) =>
  `couverture-stock-${scope}-${parisDateKey(now)}.csv`;
