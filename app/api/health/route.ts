/**
 * Liveness and readiness for the load balancer and the supervision: the app answers, and so does PostgreSQL within a
 * second. No authentication, nothing personal: a status only.
 */
import { db } from "@/lib/server/db";
import { describeError, logger } from "@/lib/server/observability/logger";
import { timed } from "@/lib/server/observability/metrics";

export const dynamic = "force-dynamic";

const DATABASE_TIMEOUT_MS = 1_000;
const NO_STORE = { "Cache-Control": "no-store" };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`pas de réponse en ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function GET(): Promise<Response> {
  return timed(
    "/api/health",
    async () => {
      try {
        await withTimeout(db().$queryRaw`SELECT 1`, DATABASE_TIMEOUT_MS);
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
