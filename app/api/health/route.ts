/**
 * Liveness and readiness for the load balancer and the supervision: the app answers, and so does PostgreSQL within a
 * second (lib/server/observability/database-probe.ts). No authentication, nothing personal: a status only.
 */
import { databaseAnswers } from "@/lib/server/observability/database-probe";
import { describeError, logger } from "@/lib/server/observability/logger";
import { timed } from "@/lib/server/observability/metrics";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

export function GET(): Promise<Response> {
  return timed(
    "/api/health",
    async () => {
      try {
        await databaseAnswers();
        return Response.json({ status: "ok", database: "ok" }, { headers: NO_STORE });
      } catch (error) {
        logger().warn({ error: describeError(error) }, "santé : la base de données ne répond pas");
        return Response.json(
          { status: "indisponible", database: "indisponible", detail: "La base de données ne répond pas : le portail ne peut pas servir les demandes." },
          { status: 503, headers: NO_STORE },
        );
      }
    },
    (response) => (response.ok ? "ok" : "error"),
  );
}
