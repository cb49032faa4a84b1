/**
 * Abuse limits shared by every instance of the portal (decision 0009): rate-limiter-flexible's PostgreSQL store, one
 * row per key and window in rate_limits.counters, bumped by a single INSERT … ON CONFLICT — never a transaction.
 * The counters have their own small pool, so that waiting for them never takes a connection from the portal's pool.
 *
 * In front of the shared count, each instance keeps the same limit in memory: what one instance alone has seen too
 * much of is over the shared limit too, so a flood is refused there without a query — PostgreSQL sees at most
 * `points` requests per key and window from each instance. Should PostgreSQL not answer, that per-instance limit
 * is the one that holds, rather than refusing everyone.
 */
import pg from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { accessRefusals, type AbuseLimit } from "@/lib/domain/access/refusals";
import type { Refusal } from "@/lib/domain/errors";
import { env } from "./env";
import { describeError, logger } from "./observability/logger";

/** Per key (an address, or an account), at most `points` requests in `seconds`; past it, the refusal RATE_LIMITED. */
export const ABUSE_LIMITS = {
  /** Sign-in starts and returns from ATIH, per client address: a person signs in a few times a day. */
  signIn: { points: 60, seconds: 60 },
  /** Public forms (contact), per client address: a hospital behind one address sends a few messages an hour. */
  publicForm: { points: 10, seconds: 600 },
  /** Every action of a signed-in account: two a second for a minute is more than anyone clicks. */
  account: { points: 120, seconds: 60 },
} as const satisfies Record<AbuseLimit, { points: number; seconds: number }>;

export type { AbuseLimit };

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number; refusal: Refusal };

/** Two connections answer thousands of one-statement upserts a second; waiting for one is the flood's own queue. */
const POOL_SIZE = 2;
const TIMEOUT_MS = 2_000;

interface Store {
  pool: pg.Pool;
  lastWarning: number;
  limiters: Record<AbuseLimit, { local: RateLimiterMemory; shared: RateLimiterPostgres }>;
}

/** An outage is said once a minute, not once per request. */
const WARN_EVERY_MS = 60_000;

// Next.js bundles each route apart: one store per process, not one per bundle.
const globalForLimits = globalThis as unknown as { distrilogRateLimits?: Store };

function createStore(): Store {
  const pool = new pg.Pool({
    connectionString: env().DATABASE_URL,
    max: POOL_SIZE,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
    application_name: "distrilog-limites",
  });
  // An idle connection dropped by PostgreSQL (a restart) must not crash the process; the next query reconnects.
  pool.on("error", (error) => logger().warn({ error: describeError(error) }, "limites d'abus : connexion à PostgreSQL perdue"));
  const limiter = (name: AbuseLimit) => {
    const { points, seconds } = ABUSE_LIMITS[name];
    return {
      local: new RateLimiterMemory({ keyPrefix: name, points, duration: seconds }),
      shared: new RateLimiterPostgres({
        storeClient: pool,
        storeType: "pool",
        schemaName: "rate_limits",
        tableName: "counters",
        tableCreated: true,
        keyPrefix: name,
        points,
        duration: seconds,
      }),
    };
  };
  return { pool, lastWarning: 0, limiters: { signIn: limiter("signIn"), publicForm: limiter("publicForm"), account: limiter("account") } };
}

/** Counts one request of `key` against `limit`: allowed, or refused with the delay. */
export async function consumeLimit(limit: AbuseLimit, key: string): Promise<LimitDecision> {
  const store = (globalForLimits.distrilogRateLimits ??= createStore());
  const { local, shared } = store.limiters[limit];
  try {
    await local.consume(key);
    await shared.consume(key);
    return { allowed: true };
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) {
      const retryAfterSeconds = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
      return { allowed: false, retryAfterSeconds, refusal: accessRefusals.refusal("RATE_LIMITED", { limit, retryAfterSeconds }) };
    }
    if (Date.now() - store.lastWarning > WARN_EVERY_MS) {
      store.lastWarning = Date.now();
      logger().warn({ limit, error: describeError(outcome) }, "limites d'abus : PostgreSQL ne répond pas, seule la limite de l'instance s'applique");
    }
    return { allowed: true };
  }
}
