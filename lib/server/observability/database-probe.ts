import "server-only";
import pg from "pg";
import { env } from "../env";

/**
 * Whether PostgreSQL answers, for /api/health. Its own connection, outside the app's pool: in a rush every pooled
 * connection is held by an order, and a probe queued behind them would call a healthy but busy instance dead. One
 * probe at a time, its answer kept for a second: a load balancer's flood of checks costs the database one query a
 * second. While the last probe succeeded, a check never waits for the next one (it runs behind the answer): under a
 * rush the event loop is late, and a check that waited for a probe would answer late or time out. A refused
 * connection or an error is a dead database at once; a timeout only when the probe before it failed too, since a
 * saturated event loop alone can make a probe miss its second.
 */
const FRESH_MS = 1_000;
const TIMEOUT_MS = 1_000;

interface ProbeState {
  client?: pg.Client;
  checked?: { ok: boolean; at: number };
  running?: Promise<void>;
  /** The last probe timed out (and was excused if the one before it had succeeded). */
  timedOut?: boolean;
}

const isTimeout = (error: unknown) => error instanceof Error && /timeout/i.test(error.message);

const state = ((globalThis as unknown as { distrilogDatabaseProbe?: ProbeState }).distrilogDatabaseProbe ??= {});

async function connectedClient(): Promise<pg.Client> {
  if (state.client) return state.client;
  const client = new pg.Client({
    connectionString: env().DATABASE_URL,
    connectionTimeoutMillis: TIMEOUT_MS,
    query_timeout: TIMEOUT_MS,
    application_name: "distrilog-health",
  });
  // A dropped connection (restart, failover) is opened again at the next probe.
  client.on("error", () => forget(client));
  client.on("end", () => forget(client));
  await client.connect();
  state.client = client;
  return client;
}

function forget(client: pg.Client): void {
  if (state.client === client) state.client = undefined;
  client.end().catch(() => undefined);
}

async function probe(): Promise<void> {
  const client = await connectedClient();
  try {
    await client.query("SELECT 1");
  } catch (error) {
    forget(client);
    throw error;
  }
}

/** One probe at a time; its outcome recorded for the checks that follow. */
function refresh(): Promise<void> {
  state.running ??= probe()
    .then(
      () => {
        state.checked = { ok: true, at: Date.now() };
        state.timedOut = false;
      },
      (error: unknown) => {
        const excused = isTimeout(error) && !state.timedOut && state.checked?.ok === true;
        state.timedOut = isTimeout(error);
        state.checked = { ok: excused, at: Date.now() };
        if (!excused) throw error;
      },
    )
    .finally(() => {
      state.running = undefined;
    });
  return state.running;
}

/**
 * Resolves when PostgreSQL answered its last probe (the next one started when that answer is over a second old);
 * rejects when it did not, or when the first probe fails.
 */
export async function databaseAnswers(): Promise<void> {
  const checked = state.checked;
  if (checked && Date.now() - checked.at < FRESH_MS) {
    if (checked.ok) return;
    throw new Error("la base de données n'a pas répondu à la dernière vérification");
  }
  const running = refresh();
  if (checked?.ok) {
    running.catch(() => undefined);
    return;
  }
  await running;
}
