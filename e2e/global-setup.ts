/** Starts the whole portal for the end-to-end run: fresh database, demo seed, local ATIH, production build. */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../scripts/lib/ports";
import { startStack } from "../scripts/lib/stack";
import { E2E_APP_PORT, E2E_IDP_PORT } from "./ports";

export default async function globalSetup() {
  const external = process.env.DATABASE_URL;
  const work = mkdtempSync(join(tmpdir(), "distrilog-e2e-"));
  const stack = await startStack({
    mode: "production",
    appPort: E2E_APP_PORT,
    idpPort: E2E_IDP_PORT,
    secret: randomBytes(32).toString("hex"),
    database: external
      ? { kind: "external", url: external, scratch: true }
      : { kind: "embedded", dataDir: join(work, "pg"), port: await freePort(), persistent: false },
    mail: { dir: join(work, "mail"), port: await freePort() },
    quiet: true,
  });
  // Specs read what the portal sent from the catcher's folder.
  process.env.MAIL_CATCHER_DIR = stack.env.MAIL_CATCHER_DIR;
  // Read what the portal computes from (eligible establishments, national stock), to check its figures against the domain's.
  process.env.E2E_DATABASE_URL = stack.env.DATABASE_URL;
  // And change PLAGE accounts through the local identity provider's test administration.
  process.env.E2E_IDP_ADMIN_TOKEN = stack.idpAdmin.token;
  return async () => {
    await stack.stop();
    rmSync(work, { recursive: true, force: true });
  };
}
