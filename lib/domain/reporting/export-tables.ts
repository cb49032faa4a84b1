/**
 * The dashboard as tables with typed columns: the spreadsheet has one sheet per table, the CSV is the establishments
 * table. Both come from the dashboard the page shows, for the same scope, week and filters.
 */
import { csvDocument, type CsvValue } from "../export/csv";
import { ORDER_STATUS_LABELS, ORDER_STATUSES } from "../orders/order-status";
import { REGIONS } from "../referential/regions";
import { formatConsumption } from "./consumption";
import { REQUEST_STATUS_LABELS } from "../requests/request-status";
import type { Dashboard, Figures } from "./dashboard";
import { formatDateTime } from "../wording/french";

export type ColumnType = "text" | "integer" | "percent" | "datetime";
export type ExportValue = string | number | Date | null;

export interface ExportColumn {
  header: string;
  type: ColumnType;
  width: number;
}

export interface ExportTable {
  /** Sheet name (31 characters at most). */
  sheet: string;
  columns: ExportColumn[];
  rows: ExportValue[][];
}

export interface ExportContext {
  scope: string;
  week: string;
  /** "Département : 69 – Rhône" … (empty: no filter). */
  filters: string[];
  generatedAt: Date;
}

const text = (header: string, width = 18): ExportColumn => ({ header, type: "text", width });
const integer = (header: string, width = 14): ExportColumn => ({ header, type: "integer", width });
const percent = (header: string): ExportColumn => ({ header, type: "percent", width: 14 });
const datetime = (header: string): ExportColumn => ({ header, type: "datetime", width: 18 });

const FIGURE_COLUMNS = [
  integer("Stock État (unités)"),
  integer("Contingent (unités)"),
  percent("Consommation du contingent (%)"),
  integer("Hors contingent (unités)"),
];
const figureCells = (f: Figures): ExportValue[] => [f.stateUnits, f.quotaUnits, f.consumption, f.outsideQuotaUnits];

const regionName = (code: string | null) => REGIONS.find((r) => r.code === code)?.name ?? "";

export const ESTABLISHMENTS_SHEET = "Établissements";
export const SUMMARY_SHEET = "Synthèse";

export function dashboardTables(dashboard: Dashboard, context: ExportContext): ExportTable[] {
  const establishments: ExportTable = {
    sheet: ESTABLISHMENTS_SHEET,
    columns: [
      text("FINESS", 12),
      text("Établissement", 40),
      text("Région", 24),
      text("Code département", 10),
      text("Département", 22),
      text("Code catégorie FINESS", 10),
      text("Catégorie FINESS", 36),
      integer("Lits et places"),
      integer("Commandes"),
      ...ORDER_STATUSES.map((s) => integer(`Commandes « ${ORDER_STATUS_LABELS[s]} »`)),
      ...FIGURE_COLUMNS,
      ...dashboard.categories.flatMap((c) => [
        integer(`${c.name} – stock État (unités)`),
        integer(`${c.name} – contingent (unités)`),
        integer(`${c.name} – hors contingent (unités)`),
      ]),
    ],
    rows: dashboard.establishments.map((line) => [
      line.finess,
      line.name,
      regionName(line.regionCode),
      line.departementCode,
      line.departementName,
      line.categoryCode,
      line.categoryLabel,
      line.capacity,
      line.orders,
      ...ORDER_STATUSES.map((s) => line.statuses[s]),
      ...figureCells(line),
      ...dashboard.categories.flatMap((c) => {
        const f = line.byCategory[c.code];
        return [f.stateUnits, f.quotaUnits, f.outsideQuotaUnits];
      }),
    ]),
  };
  const areaTable = (sheet: string, label: string, lines: Dashboard["byDepartement"]): ExportTable => ({
    sheet,
    columns: [text("Code", 8), text(label, 28), integer("Établissements"), integer("Commandes"), ...FIGURE_COLUMNS],
    rows: lines.map((l) => [l.code, l.name, l.establishments, l.orders, ...figureCells(l)]),
  });
  const tables: ExportTable[] = [
    {
      sheet: SUMMARY_SHEET,
      columns: [text("Indicateur", 36), text("Valeur", 40)],
      rows: [
        ["Périmètre", context.scope],
        ["Semaine", context.week],
        ["Filtres", context.filters.length ? context.filters.join(" ; ") : "aucun"],
        ["Établissements", dashboard.total.establishments],
        ["Commandes", dashboard.total.orders],
        ["Stock État (unités)", dashboard.total.stateUnits],
        ["Contingent (unités)", dashboard.total.quotaUnits],
        ["Consommation du contingent", formatConsumption(dashboard.total.consumption)],
        ["Hors contingent (unités)", dashboard.total.outsideQuotaUnits],
        ["Dépannages urgents", dashboard.emergencies.length],
        ["Extrait le", context.generatedAt],
      ],
    },
    establishments,
    areaTable("Départements", "Département", dashboard.byDepartement),
  ];
  if (dashboard.map.level === "region") tables.push(areaTable("Régions", "Région", dashboard.byRegion));
  tables.push(
    {
      sheet: "Catégories d'EPI",
      columns: [text("Code", 22), text("Catégorie", 26), text("Unité", 16), text("Contingentée", 12), ...FIGURE_COLUMNS],
      rows: dashboard.byCategory.map((c) => [c.code, c.name, c.unitLabel, c.contingented ? "Oui" : "Non", ...figureCells(c)]),
    },
    {
      sheet: "Tendance 12 semaines",
      columns: [text("Semaine", 10), integer("Stock État (unités)"), integer("Hors contingent (unités)"), integer("Contingent (unités)")],
      rows: dashboard.trend.map((p) => [p.week, p.stateUnits, p.outsideQuotaUnits, p.quotaUnits]),
    },
    {
      sheet: "Dépannages urgents",
      columns: [
        datetime("Demandé le"),
        text("FINESS", 12),
        text("Établissement", 36),
        text("Code département", 10),
        text("Produits", 40),
        integer("Unités"),
        text("Motif", 40),
        text("Statut", 12),
        datetime("Décidé le"),
        text("Motif de la décision", 36),
        integer("N° de commande"),
      ],
      rows: dashboard.emergencies.map((e) => [
        e.createdAt,
        e.establishmentFiness,
        e.establishmentName,
        e.departementCode,
        e.products,
        e.units,
        e.reason,
        REQUEST_STATUS_LABELS[e.status],
        e.decidedAt,
        e.decisionReason,
        e.orderNumber,
      ]),
    },
  );
  return tables;
}


/** A typed value as CSV writes it: percentages as whole numbers (the header says "%"), dates in Paris time. */
function csvValue(value: ExportValue, type: ColumnType): CsvValue {
  if (value === null) return null;
  if (value instanceof Date) return formatDateTime(value);
  if (type === "percent" && typeof value === "number") return Math.round(value * 100);
  return value;
}

export function tableCsv(table: ExportTable): string {
  return csvDocument(
    table.columns.map((c) => c.header),
    table.rows.map((row) => row.map((value, i) => csvValue(value, table.columns[i].type))),
  );
}

/** The CSV export: the establishments table. */
export function dashboardCsv(dashboard: Dashboard, context: ExportContext): string {
  return tableCsv(dashboardTables(dashboard, context).find((t) => t.sheet === ESTABLISHMENTS_SHEET)!);
}

/** "tableau-de-bord-84-2026-W47.xlsx", "tableau-de-bord-france-2026-W47.csv" */
export function exportFilename(scope: { kind: "region"; regionCode: string } | { kind: "national" }, week: string, format: "csv" | "xlsx"): string {
  return `tableau-de-bord-${scope.kind === "region" ? scope.regionCode : "france"}-${week}.${format}`;
}
