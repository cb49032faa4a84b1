/**
 * `npm run bench [scenario…]`: the speed figures, printed and written to bench-results/latest.json with the machine
 * they came from. Scenarios live in bench/; with no name, all of them run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { SCENARIOS } from "../bench/scenarios";
import type { BenchFigures } from "../bench/scenario";

const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !SCENARIOS.some((s) => s.name === name));
if (unknown.length) {
  console.error(`Scénario inconnu : ${unknown.join(", ")}. Disponibles : ${SCENARIOS.map((s) => s.name).join(", ")}`);
  process.exit(1);
}
const machine = {
  cpu: cpus()[0]?.model ?? "inconnu",
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
};
console.log(`Machine : ${machine.cpu}, ${machine.cores} cœurs, ${machine.memoryGiB} Gio, Node ${machine.node}`);

const results: Record<string, BenchFigures> = {};
for (const scenario of SCENARIOS.filter((s) => !wanted.length || wanted.includes(s.name))) {
  console.log(`\n== ${scenario.name} : ${scenario.description}`);
  results[scenario.name] = await scenario.run();
  console.table(results[scenario.name]);
}
mkdirSync("bench-results", { recursive: true });
writeFileSync("bench-results/latest.json", `${JSON.stringify({ machine, results }, null, 2)}\n`);
console.log("\nRésultats écrits dans bench-results/latest.json");
