/**
 * Prometheus metrics of this instance (each instance is scraped on its own). With METRICS_TOKEN, Prometheus sends
 * `Authorization: Bearer <token>`; in production without it, the route stays closed unless METRICS_PUBLIC=true.
 */
import { timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { accessRefusals } from "@/lib/domain/access/refusals";
import { jobStateCounts } from "@/lib/server/admin/jobs";
import { db } from "@/lib/server/db";
import { env, metricsAccess } from "@/lib/server/env";
import { describeError, logger } from "@/lib/server/observability/logger";
import { metrics } from "@/lib/server/observability/metrics";
import { refusalResponse } from "@/lib/server/route-refusal";

export const dynamic = "force-dynamic";

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export async function GET(request: NextRequest): Promise<Response> {
  const access = metricsAccess(env());
  if (access.kind === "closed") {
    return refusalResponse(403, accessRefusals.refusal("METRICS_CLOSED"));
  }
  if (access.kind === "token" && !sameText(request.headers.get("authorization") ?? "", `Bearer ${access.token}`)) {
    return refusalResponse(401, accessRefusals.refusal("METRICS_TOKEN_INVALID"), { "WWW-Authenticate": 'Bearer realm="metrics"' });
  }
  const { registry, jobs } = metrics();
  // The database down must not hide the process metrics: the job gauge is then left empty.
  const counts = await jobStateCounts(db()).catch((error: unknown) => {
    logger().warn({ error: describeError(error) }, "métriques : tâches de fond illisibles");
    return [];
  });
  jobs.reset();
  for (const { name, state, jobs: count } of counts) jobs.set({ job: name, state }, count);
  return new Response(await registry.metrics(), { headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" } });
}
