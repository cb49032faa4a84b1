/**
 * Prometheus metrics of this instance (each instance is scraped on its own). With METRICS_TOKEN, Prometheus sends
 * `Authorization: Bearer <token>`; in production without it, the route stays closed unless METRICS_PUBLIC=true.
 */
import { timingSafeEqual } from "node:crypto";
import type { NextRequest } from "next/server";
import { jobStateCounts } from "@/lib/server/admin/jobs";
import { db } from "@/lib/server/db";
import { env, metricsAccess } from "@/lib/server/env";
import { describeError, logger } from "@/lib/server/observability/logger";
import { metrics } from "@/lib/server/observability/metrics";

export const dynamic = "force-dynamic";

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export async function GET(request: NextRequest): Promise<Response> {
  const access = metricsAccess(env());
  if (access.kind === "closed") {
    return new Response(
      "Métriques fermées : ce portail de production n'a pas de METRICS_TOKEN. Définissez-le (et donnez-le à Prometheus), ou METRICS_PUBLIC=true si seul le réseau de supervision atteint cette adresse.",
      { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } },
    );
  }
  if (access.kind === "token" && !sameText(request.headers.get("authorization") ?? "", `Bearer ${access.token}`)) {
    return new Response("Jeton d'accès aux métriques absent ou invalide.", {
      status: 401,
      headers: { "Content-Type": "text/plain; charset=utf-8", "WWW-Authenticate": 'Bearer realm="metrics"' },
    });
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
