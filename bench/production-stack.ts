import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../scripts/lib/ports";
import { startStack, type RunningStack } from "../scripts/lib/stack";

export interface BenchStack {
  stack: RunningStack;
  /** A plain connection to the stack's database, for seeding and checking invariants. */
  client: pg.Client;
  /** The stack's NEXTAUTH_SECRET, to sign session cookies. */
  secret: string;
}

/** The production build on a fresh embedded PostgreSQL with the demo seed, for `scenario`; stopped and removed after. */
export async function withProductionStack<T>(name: string, scenario: (bench: BenchStack) => Promise<T>): Promise<T> {
  const work = mkdtempSync(join(tmpdir(), `distrilog-bench-${name}-`));
  const secret = randomBytes(32).toString("hex");
  const stack = await startStack({
    mode: "production",
    appPort: await freePort(),
    idpPort: await freePort(),
    secret,
    database: { kind: "embedded", dataDir: join(work, "pg"), port: await freePort(), persistent: false },
    quiet: true,
  });
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    return await scenario({ stack, client, secret });
  } finally {
    await client.end();
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  }
}
