/**
 * `npm start`: the whole portal on this machine — embedded PostgreSQL (data kept in .data/), the local ATIH
 * identity provider and Next.js on http://localhost:3000. Ctrl-C stops all three.
 */
import exitHook from "async-exit-hook";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { startStack } from "./lib/stack";

const DATA_DIR = ".data";

// Sessions survive a restart: the signing secret is kept with the data.
function localSecret(): string {
  const file = `${DATA_DIR}/nextauth-secret`;
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

const externalUrl = process.env.DATABASE_URL;
const stack = await startStack({
  mode: process.argv.includes("--dev") ? "dev" : "production",
  appPort: Number(process.env.PORT ?? 3000),
  idpPort: Number(process.env.IDP_PORT ?? 3001),
  secret: process.env.NEXTAUTH_SECRET ?? localSecret(),
  database: externalUrl
    ? { kind: "external", url: externalUrl, scratch: false }
    : { kind: "embedded", dataDir: `${DATA_DIR}/postgres`, port: Number(process.env.PGPORT ?? 5433), persistent: true },
  // E-mails (the ARS weekly digest) stay on this machine, readable in .data/mail, unless a real relay is given.
  mail: process.env.SMTP_URL ? undefined : { dir: `${DATA_DIR}/mail`, port: Number(process.env.SMTP_PORT ?? 1025) },
});

exitHook((done) => {
  console.log("\n[distrilog] arrêt du portail, du fournisseur d'identité et de PostgreSQL…");
  stack.stop().then(done, done);
});
console.log(`\nDistrilog-santé : ${stack.appUrl} — compte de démonstration operateur@clinique-demo.fr / demo. Ctrl-C pour arrêter.`);
