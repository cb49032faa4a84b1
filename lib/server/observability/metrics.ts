/**
 * Prometheus metrics of this process. Each app instance exposes its own at /api/metrics and Prometheus scrapes them
 * all (sums are Prometheus's job): no shared state between instances. The registry is kept on globalThis because
 * Next.js bundles each route apart — one module instance per bundle would split the counters.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

export type OrderOutcomeLabel = "placed" | "exceeds_limits" | "refused" | "error";
/** How a request ended, for the latency histogram. */
export type RequestOutcome = "ok" | "refused" | "rate_limited" | "unauthenticated" | "forbidden" | "error";

interface Metrics {
  registry: Registry;
  orders: Counter<"outcome" | "reason">;
  requestDuration: Histogram<"handler" | "outcome">;
  /** Background jobs by queue and state, read from pg-boss's tables at each scrape (the worker is another process). */
  jobs: Gauge<"job" | "state">;
}

function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "distrilog_" });
  return {
    registry,
    orders: new Counter({
      name: "distrilog_orders_total",
      help: "Commandes soumises, par issue (placed, exceeds_limits, refused, error) et motif",
      labelNames: ["outcome", "reason"] as const,
      registers: [registry],
    }),
    requestDuration: new Histogram({
      name: "distrilog_http_request_duration_seconds",
      help: "Durée des actions serveur et des routes, en secondes",
      labelNames: ["handler", "outcome"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15],
      registers: [registry],
    }),
    jobs: new Gauge({
      name: "distrilog_jobs",
      help: "Tâches de fond pg-boss (en cours et archivées), par file et état — la même valeur sur chaque instance",
      labelNames: ["job", "state"] as const,
      registers: [registry],
    }),
  };
}

const globalForMetrics = globalThis as unknown as { distrilogMetrics?: Metrics };

export function metrics(): Metrics {
  globalForMetrics.distrilogMetrics ??= createMetrics();
  return globalForMetrics.distrilogMetrics;
}

/** Runs `handle` and records its duration under `handler`, with the outcome `outcomeOf` reads from its result. */
export async function timed<T>(handler: string, handle: () => Promise<T>, outcomeOf: (result: T) => RequestOutcome): Promise<T> {
  const end = metrics().requestDuration.startTimer({ handler });
  try {
    const result = await handle();
    end({ outcome: outcomeOf(result) });
    return result;
  } catch (error) {
    end({ outcome: "error" });
    throw error;
  }
}
