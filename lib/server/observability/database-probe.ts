import "server-only";
import pg from "pg";
import { env } from "../env";

/**
 * Whether PostgreSQL answers, for /api/health. Its own connection, outside the app's pool: in a rush every pooled
 * connection is held by an order, and a probe queued behind them would call a healthy but busy instance dead. One
 * probe at a time, its answer kept for a second: a load balancer's flood of checks costs the database one query a
 * second, and every check but the first of each second answers at once.
 */
const FRESH_MS = 1_000;
const TIMEOUT_MS = 1_000;

interface ProbeState {
  client?: pg.Client;
  checked?: { ok: boolean; at: number };
  running?: Promise<void>;
}

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

/** Resolves when PostgreSQL answered within a second, now or less than a second ago; rejects otherwise. */
export async function databaseAnswers(): Promise<void> {
  if (state.checked && Date.now() - state.checked.at < FRESH_MS) {
    if (state.checked.ok) return;
    throw new Error("la base de données n'a pas répondu à la dernière vérification");
  }
  state.running ??= probe()
    .then(
      () => {
        state.checked = { ok: true, at: Date.now() };
      },
      (error: unknown) => {
        state.checked = { ok: false, at: Date.now() };
        throw error;
      },
    )
    .finally(() => {
      state.running = undefined;
    });
  await state.running;
}
