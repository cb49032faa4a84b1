import { DEMO_FINESS } from "./establishments";

/** Stock counts declared by demo establishments, so that each ARS's cover page has something to show after `npm start`. */
export interface DemoStockDeclaration {
  accountFiness: string;
  /** Product reference (DEMO_PRODUCTS). */
  reference: string;
  quantity: number;
  /** Declared this many days before the seed ran. */
  daysAgo: number;
}

// Two counts two weeks apart: enough to estimate a consumption, and for FFP2 a cover under three weeks.
const twoCounts = (accountFiness: string, reference: string, before: number, after: number): DemoStockDeclaration[] => [
  { accountFiness, reference, quantity: before, daysAgo: 15 },
  { accountFiness, reference, quantity: after, daysAgo: 1 },
];

export const DEMO_STOCK_DECLARATIONS: DemoStockDeclaration[] = [
  ...twoCounts(DEMO_FINESS.chMonoEt, "EPI-FFP2-20", 2000, 900),
  ...twoCounts(DEMO_FINESS.chMonoEt, "EPI-MCH-50", 20000, 16000),
  ...twoCounts(DEMO_FINESS.idfClinicEt, "EPI-FFP2-20", 1200, 300),
  ...twoCounts(DEMO_FINESS.idfClinicEt, "EPI-MCH-50", 9000, 6500),
  ...twoCounts(DEMO_FINESS.reunionClinicEt, "EPI-FFP2-20", 800, 500),
  ...twoCounts(DEMO_FINESS.corsicaEhpadEt, "EPI-MCH-50", 3000, 2600),
];
