import "server-only";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import { inputRefusals, type Refusal } from "@/lib/domain/errors";
import { decideReportingScope } from "@/lib/domain/reporting/scope";
import { dashboardParamsSchema, type DashboardParams } from "@/lib/schemas/reporting";
import type { Actor } from "../actor";
import { dbRead } from "../db";
import { dashboardDataset, type DashboardDataset } from "./dashboard-dataset";

export type DashboardOutcome =
  | { ok: true; dataset: DashboardDataset; params: DashboardParams }
  | { ok: false; status: 400 | 403; refusal: Refusal };

/**
 * What the page and the exports both do with a URL: read the parameters, decide the scope from the role (an ARS
 * asking for another region is refused here, on the server), then build the one dataset.
 */
export async function loadDashboard(
  actor: Pick<Actor, "roles" | "regionCode">,
  rawParams: Record<string, string | undefined>,
  now = new Date(),
): Promise<DashboardOutcome> {
  const parsed = dashboardParamsSchema.safeParse(rawParams);
  if (!parsed.success) return { ok: false, status: 400, refusal: inputRefusals.refusal("INVALID_FIELD", { issue: parsed.error.issues[0].message }) };
  const params = parsed.data;
  const decision = decideReportingScope(actor, { region: params.region, departement: params.departement });
  if (!decision.ok) return { ok: false, status: 403, refusal: decision.refusal };
  const dataset = await dashboardDataset(
    {
      scope: decision.scope,
      week: params.semaine ?? isoWeekOf(now).key,
      fromWeek: params.depuis,
      filters: { departement: params.departement, categorie: params.categorie, categorieEtablissement: params.categorieEtablissement, q: params.q },
      list: { withoutOrder: params.commandes === "sans", sort: params.tri, direction: params.ordre },
    },
    dbRead(),
  );
  return { ok: true, dataset, params };
}
