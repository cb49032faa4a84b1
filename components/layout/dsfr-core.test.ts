import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

describe("the trimmed DSFR core script", () => {
  it("was generated from the installed react-dsfr: after an upgrade, run scripts/trim-dsfr-core.ts again", () => {
    const firstLine = readFileSync("components/layout/dsfr-core.js", "utf8").split("\n", 1)[0];
    const { version } = createRequire(import.meta.url)("@codegouvfr/react-dsfr/package.json") as { version: string };
    expect(firstLine).toContain(`@codegouvfr/react-dsfr ${version} `);
  });
});
