/**
 * `npm test`: installs what the tests need from Debian when missing — Chromium for the end-to-end tests, and a
 * PostgreSQL server of pg_dump's version for the backup/restore round trip (pg_dump refuses the newer embedded
 * server) — then runs every level — types and lint, unit (pure domain), integration (real PostgreSQL), end-to-end
 * (Chromium) — and fails on the first failure.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { run } from "./lib/process";

function systemPostgresInstalled(): boolean {
  try {
    const binDir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8" }).trim();
    return ["postgres", "initdb", "pg_dump", "pg_restore"].every((tool) => existsSync(`${binDir}/${tool}`));
  } catch {
    return false;
  }
}

async function ensureDebianPackages(): Promise<void> {
  const missing = [
    ...(existsSync("/usr/bin/chromium") ? [] : ["chromium"]),
    ...(systemPostgresInstalled() ? [] : ["postgresql", "libpq-dev"]),
  ];
  if (!missing.length) return;
  console.log(`Paquets Debian absents, installation (apt-get) : ${missing.join(", ")}…`);
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
    env: { DEBIAN_FRONTEND: "noninteractive" },
  });
}

const steps: Array<[label: string, command: string, args: string[]]> = [
  ["types", "node_modules/.bin/tsc", ["--noEmit"]],
  ["lint", "node_modules/.bin/eslint", [".", "--max-warnings=0"]],
  ["unit", "node_modules/.bin/vitest", ["run", "--project", "unit"]],
  ["integration", "node_modules/.bin/vitest", ["run", "--project", "integration"]],
  ["e2e", "node_modules/.bin/playwright", ["test"]],
];

const started = Date.now();
try {
  await ensureDebianPackages();
  for (const [label, command, args] of steps) {
    console.log(`\n=== ${label} ===`);
    const t0 = Date.now();
    await run(command, args);
    console.log(`=== ${label} : OK (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  }
  console.log(`\nTous les tests sont passés en ${((Date.now() - started) / 1000).toFixed(0)} s.`);
} catch (error) {
  console.error(`\nÉchec : ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
  process.exit(1);
}
