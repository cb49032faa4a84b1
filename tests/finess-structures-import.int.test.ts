/**
 * The JSON « structures » flow on PostgreSQL, on an excerpt of the real example file the ANS publishes (see
 * tests/fixtures/finess/README.md): legal entities and their establishments, closed ones included, overseas too.
 */
import { createReadStream, readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { decideAccess } from "@/lib/domain/access/access-decision";
import { db } from "@/lib/server/db";
import { loadFinessRecord } from "@/lib/server/repositories/finess-records";
import { importFinessFile } from "@/lib/server/finess-import/import-finess-file";
import { seedReferential } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { changedTables, tableSnapshot } from "./support/table-snapshot";

const FLOW = fileURLToPath(new URL("./fixtures/finess/structures-extrait.json", import.meta.url));
const flowText = () => readFileSync(FLOW, "utf8");
const lineOf = (needle: string) => flowText().split("\n").findIndex((line) => line.includes(needle)) + 1;

const importFlow = () => importFinessFile(process.env.DATABASE_URL!, createReadStream(FLOW));
const importText = (text: string) => importFinessFile(process.env.DATABASE_URL!, Readable.from([Buffer.from(text)]));
const establishment = (finess: string) => db().establishment.findUniqueOrThrow({ where: { finess } });
const legalEntity = (finess: string) => db().legalEntity.findUniqueOrThrow({ where: { finess } });

describe("the JSON « structures » flow", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedReferential(db());
  });

  it("imports the example's 8 legal entities and 12 establishments, each counted once", async () => {
    expect(await importFlow()).toEqual({
      kind: "structures",
      header: { version: "v1.0.0", date: "2026-03-09" },
      lines: 20,
      created: 20,
      updated: 0,
      unchanged: 0,
      rejected: [],
      legalEntities: { created: 8, updated: 0, unchanged: 0 },
      establishments: { created: 12, updated: 0, unchanged: 0 },
      closedEstablishments: 4,
      // Codes since closed in the nomenclature (321 SMUR, 200 maison de retraite), met on closed establishments.
      createdCategories: [
        { code: "200", label: "Catégorie FINESS 200" },
        { code: "321", label: "Catégorie FINESS 321" },
      ],
    });
    expect(await db().establishment.count()).toBe(12);
  });

  it("maps a legal entity and its establishment to the same fields as the extracts", async () => {
    await importFlow();
    expect(await legalEntity("010000156")).toMatchObject({
      name: "CLINIQUE CONVERT",
      statusCode: "73",
      sector: "PRIVATE_COMMERCIAL",
      departementCode: "01",
      closedOn: null,
    });
    expect(await establishment("010780195")).toMatchObject({
      legalEntityFiness: "010000156",
      name: "CLINIQUE DOCTEUR CONVERT",
      shortName: "CLINIQUE CONVERT",
      longName: "CLINIQUE DOCTEUR CONVERT",
      categoryCode: "365",
      departementCode: "01",
      communeCode: "01053",
      addressLine: "62 AV DE JASSERON, BP 132",
      postalLine: "01000 BOURG EN BRESSE",
      phone: "0428631234",
      siret: "77220148900022",
      finessUpdatedOn: "2021-10-18",
      coordX: 5.254203,
      coordY: 46.211257,
      coordSystem: "WGS84,BAN",
      closedOn: null,
    });
  });

  it("closes what FINESS has closed: etatObjet I on its closing date; an active establishment of a closed entity stays open", async () => {
    await importFlow();
    expect(await establishment("010780310")).toMatchObject({ closedOn: "2020-10-27" });
    expect(await establishment("010011641")).toMatchObject({ closedOn: null, coordX: null, coordSystem: null });
    expect(await legalEntity("010000016")).toMatchObject({ closedOn: "2019-03-03", sector: "PUBLIC" });
    expect(await legalEntity("010000339")).toMatchObject({ closedOn: "2026-03-02" });
    expect(await establishment("010780906")).toMatchObject({ closedOn: null, categoryCode: "500" });
    // Names trimmed of the padding the flow keeps.
    expect(await legalEntity("010000164")).toMatchObject({ shortName: "POLYCLINIQUE D'AMBERIEU", longName: "POLYCLINIQUE D'AMBERIEU EN BUGEY" });
  });

  it("no longer lets a closed establishment in, and counts only the open sites of a public entity", async () => {
    await importFlow();
    const operator = (finess: string) => ({ finess, roles: ["OPERATOR" as const], regionCode: null });
    const decide = async (finess: string) =>
      decideAccess({ profile: operator(finess), record: await loadFinessRecord(finess), boundFiness: null }).failures;
    expect(await decide("010780310")).toEqual([{ code: "FINESS_CLOSED", finess: "010780310", closedOn: "2020-10-27" }]);
    expect(await decide("010000016")).toEqual([{ code: "FINESS_CLOSED", finess: "010000016", closedOn: "2019-03-03" }]);
    // EHPAD Fondation Costaz: a public entity whose annex closed in 2006 — its EHPAD is now its only site.
    expect(await loadFinessRecord("010780930")).toMatchObject({ closedOn: null, legalEntity: { sector: "PUBLIC", establishmentCount: 1 } });
    expect(await decide("010780930")).toEqual([]);
  });

  it("places Wallis-et-Futuna's hospitals in 986, a territory without ARS, from their commune", async () => {
    await importFlow();
    const sia = await db().establishment.findUniqueOrThrow({ where: { finess: "980600027" }, include: { departement: true } });
    expect(sia).toMatchObject({ departementCode: "986", communeCode: "98613", addressLine: "BP 4 - MATA'UTU", postalLine: "98600 UVEA" });
    expect(sia.departement.regionCode).toBeNull();
    expect(await legalEntity("980600019")).toMatchObject({ sector: "PUBLIC", statusCode: "10" });
  });

  it("finds everything unchanged on a second import, and counts one changed establishment as updated", async () => {
    await importFlow();
    expect(await importFlow()).toMatchObject({ created: 0, updated: 0, unchanged: 20 });
    const modified = flowText().replace('"nomEgeLong" : "CLINIQUE DOCTEUR CONVERT"', '"nomEgeLong" : "CLINIQUE DU DOCTEUR CONVERT"');
    expect(await importText(modified)).toMatchObject({ updated: 1, unchanged: 19, establishments: { updated: 1 } });
    expect(await establishment("010780195")).toMatchObject({ longName: "CLINIQUE DU DOCTEUR CONVERT" });
  });

  it("rejects a structure that departs from the schema, with its line and why, and imports the others", async () => {
    const text = flowText()
      .replace('"numFinessEge" : "010780195"', '"numFinessEge" : "010780196"')
      .replace('"categorieentiteGeographiqueExercice" : "195"', '"categorieentiteGeographiqueExercice" : "19"')
      .replace('"denominationPm" : "CLINIQUE DU SOUFFLE LE PONTET"', '"denominationPme" : "CLINIQUE DU SOUFFLE LE PONTET"');
    const report = await importText(text);
    expect(report.rejected).toEqual([
      { line: lineOf('"egeId" : "799"') - 2, reason: "Numéro FINESS ET « 010780196 » invalide : clé de contrôle fausse." },
      {
        line: lineOf('"pmSmsseId" : "6"') - 2,
        reason: "Entité juridique non conforme au schéma du flux (v1.0.0) : champ « informationsGeneralesPMEJ.denominationPm » manquant.",
      },
      { line: lineOf('"egeId" : "806"') - 2, reason: "Établissement ignoré : son entité juridique est rejetée (voir sa ligne)." },
      { line: lineOf('"egeId" : "664"') - 2, reason: "Établissement ignoré : son entité juridique est rejetée (voir sa ligne)." },
      {
        line: lineOf('"egeId" : "816"') - 2,
        reason: "Établissement 010780575 : catégorie « 19 » invalide (categorieentiteGeographiqueExercice, 3 chiffres attendus).",
      },
    ]);
    expect(report).toMatchObject({ lines: 20, created: 15 });
  });

  it("refuses a file cut short, or of another schema version, changing nothing", async () => {
    await importFlow();
    const before = await tableSnapshot();
    await expect(importText(flowText().slice(0, 30_000))).rejects.toMatchObject({ code: "STRUCTURES_MALFORMED", details: { flaw: "TRUNCATED" } });
    await expect(importText(flowText().replace('"v1.0.0"', '"v2.0.0"'))).rejects.toMatchObject({ code: "STRUCTURES_SCHEMA_UNSUPPORTED", details: { version: "v2.0.0" } });
    expect(changedTables(before, await tableSnapshot())).toEqual([]);
  });
});
