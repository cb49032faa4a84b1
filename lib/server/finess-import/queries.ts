import "server-only";
import { db } from "../db";
import { getImportRun, listImportRuns } from "./import-runs";

/** The latest FINESS imports, for the admin's import page. */
export const recentImportRuns = () => listImportRuns(db());

/** One import and its progress, or null. */
export const importRun = (id: string) => getImportRun(db(), id);
