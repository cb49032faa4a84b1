/** The EPI catalogue of the demo: the guide's seven categories, consortium prices, state stock, a mask tension. */
import type { Packaging } from "../../lib/domain/wording/french";
export interface DemoCategory {
  code: string;
  name: string;
  unitLabel: string;
  sortOrder: number;
  quotaPerCapacityUnit: number;
  quotaPerStaffMember: number;
}

export const DEMO_CATEGORIES: DemoCategory[] = [
  { code: "MASQUES_CHIRURGICAUX", name: "Masques chirurgicaux", unitLabel: "masque", sortOrder: 1, quotaPerCapacityUnit: 5, quotaPerStaffMember: 2 },
  { code: "MASQUES_FFP2", name: "Masques FFP2", unitLabel: "masque", sortOrder: 2, quotaPerCapacityUnit: 1, quotaPerStaffMember: 0.5 },
  { code: "GANTS", name: "Gants", unitLabel: "gant", sortOrder: 3, quotaPerCapacityUnit: 20, quotaPerStaffMember: 4 },
  { code: "BLOUSES", name: "Blouses", unitLabel: "blouse", sortOrder: 4, quotaPerCapacityUnit: 2, quotaPerStaffMember: 0.5 },
  { code: "TABLIERS", name: "Tabliers", unitLabel: "tablier", sortOrder: 5, quotaPerCapacityUnit: 3, quotaPerStaffMember: 0.5 },
  { code: "CHARLOTTES", name: "Charlottes", unitLabel: "charlotte", sortOrder: 6, quotaPerCapacityUnit: 2, quotaPerStaffMember: 0.5 },
  { code: "LUNETTES", name: "Lunettes de protection", unitLabel: "paire de lunettes", sortOrder: 7, quotaPerCapacityUnit: 0.05, quotaPerStaffMember: 0.02 },
];

export interface DemoProduct {
  reference: string;
  name: string;
  categoryCode: string;
  packSize: number;
  packaging: Packaging;
  unitPriceCents: number;
  /** Units in the state stock at seed time. */
  stock: number;
}

export const DEMO_PRODUCTS: DemoProduct[] = [
  { reference: "EPI-MCH-50", name: "Masque chirurgical type IIR (boîte de 50)", categoryCode: "MASQUES_CHIRURGICAUX", packSize: 50, packaging: "BOX", unitPriceCents: 8, stock: 2_000_000 },
  { reference: "EPI-FFP2-20", name: "Masque FFP2 (boîte de 20)", categoryCode: "MASQUES_FFP2", packSize: 20, packaging: "BOX", unitPriceCents: 45, stock: 500_000 },
  { reference: "EPI-GNT-100", name: "Gants d'examen nitrile, taille M (boîte de 100)", categoryCode: "GANTS", packSize: 100, packaging: "BOX", unitPriceCents: 5, stock: 0 },
  { reference: "EPI-BLS-10", name: "Surblouse à usage unique (paquet de 10)", categoryCode: "BLOUSES", packSize: 10, packaging: "PACKET", unitPriceCents: 90, stock: 0 },
  { reference: "EPI-TAB-100", name: "Tablier plastique (rouleau de 100)", categoryCode: "TABLIERS", packSize: 100, packaging: "ROLL", unitPriceCents: 6, stock: 0 },
  { reference: "EPI-CHA-100", name: "Charlotte (paquet de 100)", categoryCode: "CHARLOTTES", packSize: 100, packaging: "PACKET", unitPriceCents: 3, stock: 0 },
  { reference: "EPI-LUN-10", name: "Lunettes de protection (carton de 10)", categoryCode: "LUNETTES", packSize: 10, packaging: "CARTON", unitPriceCents: 250, stock: 0 },
];

/** Masks are in tension in the demo, since a fixed date in the past and with no end. */
export const DEMO_DECREES = [
  { categoryCode: "MASQUES_CHIRURGICAUX", startsAt: new Date("2026-01-05T00:00:00+01:00"), reason: "Tension d'approvisionnement : épidémie hivernale" },
  { categoryCode: "MASQUES_FFP2", startsAt: new Date("2026-01-05T00:00:00+01:00"), reason: "Tension d'approvisionnement : épidémie hivernale" },
];
