/**
 * `npm test`: installs what the tests need (Debian's Chromium, when missing), then runs every level — types and
 * lint, unit (pure domain), integration (real PostgreSQL), end-to-end (Chromium) — and fails on the first failure.
 */
import { existsSync } from "node:fs";
import { run } from "./lib/process";

const CHROMIUM = "/usr/bin/chromium";

async function ensureChromium(): Promise<void> {
  if (existsSync(CHROMIUM)) return;
  console.log("Chromium absent : installation du paquet Debian (apt-get)…");
  await run("apt-get", ["update", "-qq"]);
  await run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
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
  await ensureChromium();
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
