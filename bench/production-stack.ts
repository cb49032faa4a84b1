import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort } from "../scripts/lib/ports";
import { startStack, type RunningStack } from "../scripts/lib/stack";
import { cpuProfileFolder, cpuProfileFlags, hotSpots, readProfileOf } from "./cpu-profile";

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
  const profileFolder = cpuProfileFolder();
  const stack = await startStack({
    mode: "production",
    appPort: await freePort(),
    idpPort: await freePort(),
    secret,
    database: { kind: "embedded", dataDir: join(work, "pg"), port: await freePort(), persistent: false },
    quiet: true,
    nodeFlags: profileFolder ? cpuProfileFlags(profileFolder) : undefined,
  });
  const client = new pg.Client({ connectionString: stack.databaseUrl });
  await client.connect();
  try {
    return await scenario({ stack, client, secret });
  } finally {
    if (profileFolder) await printProfile(stack, profileFolder);
    await client.end();
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  }
}

/** Stops the server gently (Node writes the profile on exit), then prints its hot spots. */
async function printProfile(stack: RunningStack, folder: string): Promise<void> {
  const pid = stack.appPid();
  if (!pid) return;
  await stack.stopApp();
  const profile = readProfileOf(folder, pid);
  console.log(profile ? hotSpots(profile).join("\n") : `  aucun profil CPU du processus ${pid} dans ${folder}`);
}
