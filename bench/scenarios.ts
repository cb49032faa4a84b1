import { dashboardScenario } from "./dashboard";
import { finessImportScenario } from "./finess-import";
import { logisticsScenario } from "./logistics";
import { pagesScenario } from "./pages";
import type { BenchScenario } from "./scenario";
import { weeklyRushScenario } from "./weekly-rush";

/** Every scenario of `npm run bench`, in the order they run. */
export const SCENARIOS: BenchScenario[] = [weeklyRushScenario, pagesScenario, finessImportScenario, dashboardScenario, logisticsScenario];
