/** For specs that need a portal of their own (crashes, several instances, metrics from zero): start it, query it. */
import { expect, type APIRequestContext } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { PLAGE_ACCOUNTS } from "../idp/accounts";
import { freePort } from "../scripts/lib/ports";
import { startStack, type RunningStack } from "../scripts/lib/stack";
import { actionId, callAction } from "./api-client";

/**
 * A production portal on a fresh embedded PostgreSQL, on the e2e ports shifted by `portOffset` (one offset per spec);
 * stop() also removes its data.
 */
export async function startOwnStack(
  name: string,
  portOffset: number,
  options: { persistent?: boolean; appEnv?: Record<string, string> } = {},
): Promise<RunningStack> {
  const work = mkdtempSync(join(tmpdir(), `distrilog-${name}-`));
  const stack = await startStack({
    mode: "production",
    appPort: Number(process.env.E2E_APP_PORT ?? 3100) + portOffset,
    idpPort: Number(process.env.E2E_IDP_PORT ?? 3101) + portOffset,
    secret: randomBytes(32).toString("hex"),
    database: { kind: "embedded", dataDir: join(work, "pg"), port: await freePort(), persistent: options.persistent ?? false },
    appEnv: options.appEnv,
    quiet: true,
  });
  return {
    ...stack,
    async stop() {
      await stack.stop();
      rmSync(work, { recursive: true, force: true });
    },
  };
}

/** One SQL statement on the stack's database, on a connection of its own. */
export async function queryDatabase<T>(databaseUrl: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Registers the establishment operator signed in as `email` (first sign-in) for the first FINESS of its PLAGE
 * account, as the registration form does.
 */
export async function registerOperator(client: APIRequestContext, email: string): Promise<void> {
  const account = PLAGE_ACCOUNTS.find((a) => a.email === email);
  if (!account) throw new Error(`Compte PLAGE de démonstration inconnu : ${email}`);
  const registered = await callAction<{ ok: boolean }>(client, "/inscription", actionId("app/(etablissement)/inscription/actions.ts", "registerAction"), {
    finess: account.profiles[0].finess,
    jobTitle: "Cadre de santé",
    phone: "04 72 00 00 00",
    deliveryContactName: "Magasin central",
    deliveryContactPhone: "04 72 00 00 01",
    openingHours: "Du lundi au vendredi, 8h–16h",
  });
  expect(registered).toMatchObject({ ok: true });
}
