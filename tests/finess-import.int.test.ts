import { createReadStream, readFileSync, statSync } from "node:fs";
import { Readable } from "node:stream";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/domain/errors";
import { db } from "@/lib/server/db";
import { importFinessFile } from "@/lib/server/finess-import/import-finess-file";
import type { ImportOptions, ImportProgress } from "@/lib/server/finess-import/import-report";
import { BULK_CREATION_ROWS } from "@/lib/server/finess-import/merge-staged";
import { generatedEstablishment } from "@/bench/generated-establishments";
import { seedReferential } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { tableSnapshot } from "./support/table-snapshot";

// The establishments fixture is Windows-1252 with CRLF line ends, as older extracts are: edit it through
// `iconv -f WINDOWS-1252 -t UTF-8` and back, never in a UTF-8 editor. The legal-entities one is UTF-8.
const ESTABLISHMENTS = fileURLToPath(new URL("./fixtures/finess/etablissements-windows-1252.csv", import.meta.url));
const LEGAL_ENTITIES = fileURLToPath(new URL("./fixtures/finess/entites-juridiques-utf8.csv", import.meta.url));
// Real lines of the May 2026 national extract (etalab-cs1100502 of 2026-05-12), overseas and one metropolitan.
const OVERSEAS = fileURLToPath(new URL("./fixtures/finess/etablissements-outre-mer-utf8.csv", import.meta.url));
// The same lines after a spreadsheet (Excel, French locale) opened the file and saved it as CSV again.
const SPREADSHEET = fileURLToPath(new URL("./fixtures/finess/etablissements-tableur.csv", import.meta.url));

const ESTABLISHMENT_REJECTIONS = [
  { line: 6, reason: "Numéro FINESS ET « 690001236 » invalide : clé de contrôle fausse." },
  { line: 9, reason: "Nombre de champs incorrect : 20 au lieu de 31 (ou 32 avec le « ; » final)." },
  { line: 12, reason: "Département FINESS « 20 » inconnu." },
  {
    line: 21,
    reason: "Géolocalisation ignorée : l'établissement 200000024 n'est pas au référentiel (ligne structureet absente ou rejetée).",
  },
];
const LEGAL_ENTITY_REJECTIONS = [
  { line: 10, reason: "Numéro FINESS EJ « 750009012 » invalide : clé de contrôle fausse." },
  { line: 11, reason: "Nombre de champs incorrect : 17 au lieu de 23 (ou 24 avec le « ; » final)." },
];
const FLEYRIAT =
  "structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;0474454647;0474454114;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;26010004500012;8610Z;03;ARS établissements Publics de santé dotation globale;1;Etablissement public de santé;1979-02-13;1979-02-13;2020-02-04;";

const databaseUrl = () => process.env.DATABASE_URL!;
const importFile = (path: string, options?: ImportOptions) => importFinessFile(databaseUrl(), createReadStream(path), options);
const importText = (bytes: Buffer | string) => importFinessFile(databaseUrl(), Readable.from([Buffer.from(bytes)]));
const establishment = (finess: string) =>
  db().establishment.findUniqueOrThrow({ where: { finess }, include: { departement: { include: { region: true } } } });
const legalEntity = (finess: string) => db().legalEntity.findUniqueOrThrow({ where: { finess } });

describe("FINESS import on PostgreSQL", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedReferential(db());
  });

  it("imports the establishments extract: exact counts, each rejected line with its reason", async () => {
    expect(await importFile(ESTABLISHMENTS)).toEqual({
      kind: "establishments",
      header: { version: "111", date: "2026-05-12" },
      lines: 20,
      created: 10,
      updated: 0,
      unchanged: 0,
      rejected: ESTABLISHMENT_REJECTIONS,
      geolocated: 6,
      geolocationUnchanged: 0,
      placeholderLegalEntities: 9,
      createdCategories: [],
      relabeledCategories: [],
    });
    expect(await db().establishment.count()).toBe(10);
    expect(await db().legalEntity.count()).toBe(9);
  });

  it("finds everything unchanged on a second import of the same file", async () => {
    await importFile(ESTABLISHMENTS);
    expect(await importFile(ESTABLISHMENTS)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 10,
      rejected: ESTABLISHMENT_REJECTIONS,
      geolocated: 0,
      geolocationUnchanged: 6,
      placeholderLegalEntities: 0,
      createdCategories: [],
    });
  });

  it("counts a modified line as updated, and keeps the capacity and staff maintained in the portal", async () => {
    await importFile(ESTABLISHMENTS);
    await db().establishment.update({ where: { finess: "010000024" }, data: { capacity: 250, salariedStaff: 900 } });
    const modified = readFileSync(ESTABLISHMENTS)
      .toString("latin1")
      .replace(";CH DE FLEYRIAT;", ";CH FLEYRIAT;")
      .replace(";870262.2;", ";870300.5;");
    expect(await importText(Buffer.from(modified, "latin1"))).toMatchObject({
      created: 0,
      updated: 1,
      unchanged: 9,
      geolocated: 1,
      geolocationUnchanged: 5,
    });
    expect(await establishment("010000024")).toMatchObject({ shortName: "CH FLEYRIAT", coordX: 870300.5, capacity: 250, salariedStaff: 900 });
  });

  it("reads the Windows-1252 file's accents right, Œ included, and a quoted ; as text", async () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(readFileSync(ESTABLISHMENTS))).toThrow();
    await importFile(ESTABLISHMENTS);
    expect((await establishment("420013377")).longName).toBe("CENTRE HOSPITALIER UNIVERSITAIRE DE SAINT-ÉTIENNE - HÔPITAL NORD");
    expect((await establishment("630012342")).shortName).toBe("EHPAD L'ŒUVRE SAINTE-ANNE");
    expect((await establishment("690042155")).longName).toBe("CLINIQUE DU VAL D'OUEST ; CHIRURGIE ET MÉDECINE");
    expect((await establishment("9D0000052")).addressLine).toBe("AV FRANÇOIS MITTERRAND, BP 350");
  });

  it("maps Corsican and overseas FINESS département codes to their département and ARS", async () => {
    await importFile(ESTABLISHMENTS);
    const placed = async (finess: string) => {
      const { departement } = await establishment(finess);
      return [departement.code, departement.region?.name];
    };
    expect(await placed("2A0000022")).toEqual(["2A", "Corse"]);
    expect(await placed("2B0000038")).toEqual(["2B", "Corse"]);
    expect(await placed("9A0000041")).toEqual(["971", "Guadeloupe"]);
    expect(await placed("9D0000052")).toEqual(["974", "La Réunion"]);
  });

  it("places real overseas establishments by their record's département, never by their 97/98 number", async () => {
    expect(await importFile(OVERSEAS)).toMatchObject({ created: 14, rejected: [] });
    const placed = async (finess: string) => {
      const { departement, communeCode, name } = await establishment(finess);
      return [departement.code, departement.region?.name ?? null, communeCode, name];
    };
    expect(await placed("970100400")).toEqual(["971", "Guadeloupe", "97127", "CENTRE HOSPITALIER LOUIS CONSTANT FLEMING"]);
    expect(await placed("970102018")).toEqual(["971", "Guadeloupe", "97123", "PMI SAINT BARTHELEMY"]);
    expect(await placed("970210126")).toEqual(["972", "Martinique", "97207", "CMPP  INTERSECTORIEL ALOES"]);
    // Its legal entity (590799730) is in the Nord: the establishment's own record decides.
    expect(await placed("970216057")).toEqual(["972", "Martinique", "97209", "ALEFPA S.M.J.P.M"]);
    expect(await placed("970300026")).toEqual(["973", "Guyane", "97302", "CENTRE HOSPITALIER  DE CAYENNE"]);
    expect(await placed("970302287")).toEqual(["973", "Guyane", "97302", "E.H.P.A.D. EDMAR LAMA DE CAYENNE"]);
    expect(await placed("970400024")).toEqual(["974", "La Réunion", "97411", "CHU SITE FELIX GUYON (SAINT DENIS)"]);
    expect(await placed("980501506")).toEqual(["976", "Mayotte", "97606", 'LIEU DE VIE ET D\'ACCUEIL "MAVOUNA MEMA 1"']);
    expect(await placed("980600027")).toEqual(["986", null, "98613", "HOPITAL DE SIA"]);
    expect(await placed("010000024")).toEqual(["01", "Auvergne-Rhône-Alpes", "01451", "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT"]);
    expect(await establishment("980501506")).toMatchObject({ shortName: 'LIEU DE VIE "MAVOUNA MEMA 1"', categoryCode: "462" });
  });

  it("refuses whole, before writing anything, a file a spreadsheet saved again, saying what it saw", async () => {
    // The sound file is in the referential: importing the damaged one would overwrite good values with bad ones.
    await importFile(OVERSEAS);
    const before = await tableSnapshot();
    const refusal = importFile(SPREADSHEET);
    await expect(refusal).rejects.toThrow(DomainError);
    await expect(refusal).rejects.toMatchObject({
      code: "EXTRACT_SPREADSHEET_DAMAGED",
      details: {
        evidence: [
          { kind: "header-date", line: 1, value: "12/05/2026" },
          { kind: "scientific-notation", line: 2, value: "2,60E+13" },
          { kind: "code-leading-zero", line: 2, value: "1" },
          { kind: "day-month-year-date", line: 2, value: "13/02/1979" },
          { kind: "phone-leading-zero", line: 2, value: "474454647" },
          { kind: "date-in-street", line: 3, value: "09-sept" },
        ],
      },
    });
    expect(await tableSnapshot()).toEqual(before);
    // The same refusal when the file arrives as a stream (an upload).
    await expect(importText(readFileSync(SPREADSHEET))).rejects.toMatchObject({ code: "EXTRACT_SPREADSHEET_DAMAGED" });
    expect(await tableSnapshot()).toEqual(before);
  });

  it("places establishments from the geolocalisation lines, in their territory's system", async () => {
    await importFile(ESTABLISHMENTS);
    expect(await establishment("010000024")).toMatchObject({
      coordX: 870262.2,
      coordY: 6571540.8,
      coordSystem: "1,ATLASANTE,96,BAN,L93_METROPOLE",
    });
    expect(await establishment("9A0000041")).toMatchObject({ coordX: 653118.5, coordSystem: "1,ATLASANTE,91,BAN,UTM_N20" });
    expect(await establishment("010006039")).toMatchObject({ coordX: null, coordY: null, coordSystem: null });
  });

  it("goes on after a malformed line", async () => {
    await importFile(ESTABLISHMENTS);
    // Lines 10, 11, 13 and 14 come after the rejected lines 6, 9 and 12.
    expect(await db().establishment.count({ where: { finess: { in: ["2B0000038", "9A0000041", "9D0000052", "010006039"] } } })).toBe(4);
    const report = await importText(`finess;etalab;111;2026-05-12\nn'importe quoi\n${FLEYRIAT.replace(";CH DE", ';"CH DE')}\n${FLEYRIAT}\n`);
    expect(report).toMatchObject({
      created: 0,
      unchanged: 1,
      rejected: [
        { line: 2, reason: "Type de ligne « n'importe quoi » inattendu : structureet ou geolocalisation attendu." },
        { line: 3, reason: "Guillemets mal formés : un champ entre guillemets n'est pas refermé avant le « ; »." },
      ],
    });
  });

  it("keeps the first line of a FINESS number met twice in a file", async () => {
    const report = await importText(`${FLEYRIAT}\n${FLEYRIAT.replace("CH DE FLEYRIAT", "AUTRE NOM")}\n`);
    expect(report).toMatchObject({
      header: null,
      created: 1,
      rejected: [{ line: 2, reason: "Doublon : le numéro FINESS 010000024 figure déjà ligne 1 ; ligne ignorée." }],
    });
    expect((await establishment("010000024")).shortName).toBe("CH DE FLEYRIAT");
  });

  it("creates placeholder legal entities, public by codesph, which the legal-entities extract completes", async () => {
    await importFile(ESTABLISHMENTS);
    expect(await legalEntity("010780054")).toMatchObject({ name: "Entité juridique 010780054", sector: "PUBLIC", statusCode: null });
    expect(await legalEntity("690042148")).toMatchObject({ sector: "UNKNOWN" });
    expect(await legalEntity("630012334")).toMatchObject({ sector: "UNKNOWN" });

    expect(await importFile(LEGAL_ENTITIES)).toEqual({
      kind: "legal-entities",
      header: { version: "111", date: "2026-05-12" },
      lines: 10,
      created: 1,
      updated: 7,
      unchanged: 0,
      rejected: LEGAL_ENTITY_REJECTIONS,
    });
    expect(await legalEntity("010780054")).toMatchObject({
      name: "CENTRE HOSPITALIER DE BOURG-EN-BRESSE",
      statusCode: "13",
      statusLabel: "Etablissement Public Communal d'Hospitalisation",
      sector: "PUBLIC",
      departementCode: "01",
    });
    expect(await legalEntity("690042148")).toMatchObject({ name: "SAS CLINIQUE DU VAL D'OUEST", sector: "PRIVATE_COMMERCIAL" });
    expect(await legalEntity("630012334")).toMatchObject({ name: "ASSOCIATION DE L'ŒUVRE SAINTE-ANNE", sector: "PRIVATE_NON_PROFIT" });
    expect(await legalEntity("010006047")).toMatchObject({ sector: "PRIVATE_NON_PROFIT" });
    expect(await legalEntity("9A0000033")).toMatchObject({ departementCode: "971" });
    expect(await legalEntity("900000019")).toMatchObject({ sector: "FOREIGN", departementCode: null });
    // Not in the legal-entities extract: still a placeholder, public from its establishment's codesph.
    expect(await legalEntity("2B0000020")).toMatchObject({ name: "Entité juridique 2B0000020", sector: "PUBLIC" });
    expect(await db().establishment.count({ where: { legalEntityFiness: "420784878" } })).toBe(2);
  });

  it("imports the legal-entities extract first, then the establishments need placeholders only for the others", async () => {
    expect(await importFile(LEGAL_ENTITIES)).toMatchObject({ created: 8, updated: 0, unchanged: 0, rejected: LEGAL_ENTITY_REJECTIONS });
    expect(await importFile(LEGAL_ENTITIES)).toMatchObject({ created: 0, updated: 0, unchanged: 8 });
    expect(await importFile(ESTABLISHMENTS)).toMatchObject({ created: 10, placeholderLegalEntities: 2 });
    expect(await legalEntity("690042148")).toMatchObject({ sector: "PRIVATE_COMMERCIAL" });
  });

  it("creates unknown categories not eligible, never touches an administrator's eligibility", async () => {
    await db().category.update({ where: { code: "355" }, data: { eligible: false } });
    const report = await importText(`${FLEYRIAT}\n${FLEYRIAT.replace("010000024", "010000032").replace(";355;Centre Hospitalier (C.H.);", ";133;Catégorie nouvelle;")}\n`);
    expect(report).toMatchObject({ created: 2, createdCategories: [{ code: "133", label: "Catégorie nouvelle" }] });
    expect(await db().category.findUniqueOrThrow({ where: { code: "133" } })).toMatchObject({
      label: "Catégorie nouvelle",
      finessLabel: "Catégorie nouvelle",
      eligible: false,
    });
    expect(await db().category.findUniqueOrThrow({ where: { code: "355" } })).toMatchObject({ eligible: false });
  });

  it("never relabels an eligible category, and audits every label a file changes", async () => {
    const line = (code: string, label: string) => FLEYRIAT.replace(";355;Centre Hospitalier (C.H.);", `;${code};${label};`);
    // 213 is eligible (the guide's L.A.M.); 462 is not, and FINESS renamed it since the seed.
    const report = await importText(
      `${line("213", "Lits d'Accueil Médicalisés")}\n${line("462", "Lieux de Vie et d'Accueil").replace("010000024", "980501506")}\n`,
    );
    expect(report.kind === "establishments" && report.relabeledCategories).toEqual([
      {
        code: "213",
        eligible: true,
        before: { label: "Lits d'Accueil Médicalisés (L.A.M.)", finessLabel: null },
        after: { label: "Lits d'Accueil Médicalisés (L.A.M.)", finessLabel: "Lits d'Accueil Médicalisés" },
      },
      {
        code: "462",
        eligible: false,
        before: { label: "Lieux de Vie et d’Accueil", finessLabel: "Lieux de Vie et d’Accueil" },
        after: { label: "Lieux de Vie et d'Accueil", finessLabel: "Lieux de Vie et d'Accueil" },
      },
    ]);
    const labels = await db().category.findMany({ where: { code: { in: ["213", "462"] } }, orderBy: { code: "asc" }, select: { label: true } });
    expect(labels.map((c) => c.label)).toEqual(["Lits d'Accueil Médicalisés (L.A.M.)", "Lieux de Vie et d'Accueil"]);
    const audits = await db().auditLog.findMany({ where: { entityType: "Category" }, orderBy: { entityId: "asc" } });
    expect(audits.map((a) => [a.action, a.entityId, a.actorId, a.after])).toEqual([
      ["category.finess-label", "213", null, { label: "Lits d'Accueil Médicalisés (L.A.M.)", finessLabel: "Lits d'Accueil Médicalisés" }],
      ["category.finess-label", "462", null, { label: "Lieux de Vie et d'Accueil", finessLabel: "Lieux de Vie et d'Accueil" }],
    ]);
    // The same file again changes nothing, and audits nothing more.
    expect(await importText(`${line("213", "Lits d'Accueil Médicalisés")}\n`)).toMatchObject({ unchanged: 1, relabeledCategories: [] });
    expect(await db().auditLog.count({ where: { entityType: "Category" } })).toBe(2);
  });

  it("reports progress every few lines while reading, then once before writing", async () => {
    const progress: ImportProgress[] = [];
    const report = await importFile(ESTABLISHMENTS, { progressEvery: 3, onProgress: (step) => progress.push(step) });
    expect(report).toMatchObject({ created: 10, rejected: ESTABLISHMENT_REJECTIONS, geolocated: 6, placeholderLegalEntities: 9 });
    expect(progress.map((step) => [step.phase, step.lines])).toEqual([
      ...[3, 6, 9, 12, 15, 18].map((lines) => ["reading", lines]),
      ["writing", 20],
    ]);
    // Line 6 is rejected while reading; line 21's geolocation only when written.
    expect(progress.at(-1)?.rejected).toBe(3);
    expect(progress.at(-1)?.bytes).toBe(statSync(ESTABLISHMENTS).size);
  });

  it("creates a bulk of establishments with their foreign keys and indexes built at once, and re-created as they were", async () => {
    const constraints = () =>
      db().$queryRaw<Array<{ name: string; definition: string }>>`
        SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
         WHERE conrelid = '"Establishment"'::regclass AND contype = 'f' ORDER BY conname`;
    const indexes = () =>
      db().$queryRaw<Array<{ definition: string }>>`
        SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index WHERE indrelid = '"Establishment"'::regclass ORDER BY 1`;
    const before = await constraints();
    const indexesBefore = await indexes();
    const lines = Array.from({ length: BULK_CREATION_ROWS }, (_, i) => {
      const e = generatedEstablishment(i);
      return FLEYRIAT.replace("010000024", e.finess).replace("010780054", e.legalEntityFiness).replace(";01;AIN;", `;${e.departement.finessCode};X;`);
    });
    expect(await importText(lines.join("\n"))).toMatchObject({ created: BULK_CREATION_ROWS, rejected: [] });
    expect(await constraints()).toEqual(before);
    expect(before).toHaveLength(3);
    expect(await indexes()).toEqual(indexesBefore);
    expect(indexesBefore).toHaveLength(4);
    expect(await db().establishment.count({ where: { departementCode: "2A" } })).toBeGreaterThan(0);
  });

  it("refuses a file that is no FINESS extract, and an import before the referential is seeded", async () => {
    await expect(importText("nom;prénom\nDupont;Jean\n")).rejects.toThrow(DomainError);
    await resetDatabase();
    await expect(importFile(ESTABLISHMENTS)).rejects.toMatchObject({ code: "DEPARTEMENTS_MISSING" });
  });
});
