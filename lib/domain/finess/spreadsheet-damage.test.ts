import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { finessImportRefusals } from "./import-refusals";
import { SpreadsheetDamageDetector } from "./spreadsheet-damage";

const HEADER = "finess;etalab;111;2026-05-12";
// The real line of CH de Fleyriat, and the same line after Excel (French locale) opened and saved the file.
const FLEYRIAT =
  "structureet;010000024;010780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;0474454647;0474454114;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;26010004500012;8610Z;03;ARS établissements Publics de santé dotation globale;1;Etablissement public de santé;1979-02-13;1979-02-13;2020-02-04;";
const FLEYRIAT_RESAVED =
  "structureet;10000024;10780054;CH DE FLEYRIAT;CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT;;;900;RTE;DE PARIS;;;451;1;AIN;01440 VIRIAT;474454647;474454114;355;Centre Hospitalier (C.H.);1102;Centres Hospitaliers;2,601E+13;8610Z;3;ARS établissements Publics de santé dotation globale;1;Etablissement public de santé;13/02/1979;13/02/1979;04/02/2020";

function inspect(header: string | null, ...lines: string[]) {
  const detector = new SpreadsheetDamageDetector();
  if (header !== null) detector.inspectHeader(header);
  lines.forEach((line, i) => detector.inspectLine(i + 2, line));
  return detector;
}

const kinds = (detector: SpreadsheetDamageDetector) => detector.evidence().map((sample) => sample.kind);
const fixture = (name: string) => readFileSync(new URL(`../../../tests/fixtures/finess/${name}`, import.meta.url), "utf8").split("\n");

describe("SpreadsheetDamageDetector", () => {
  it("finds nothing in genuine extracts, real overseas lines and broken lines included", () => {
    const [header, ...lines] = fixture("etablissements-outre-mer-utf8.csv");
    expect(inspect(header, ...lines).evidence()).toEqual([]);
    const [ejHeader, ...ejLines] = fixture("entites-juridiques-utf8.csv");
    expect(inspect(ejHeader, ...ejLines).evidence()).toEqual([]);
    expect(inspect(HEADER, FLEYRIAT, "geolocalisation;010000024;870262.2;6571540.8;1,ATLASANTE,96,BAN,L93_METROPOLE;2025-09-04").evidence()).toEqual([]);
  });

  it("recognises every mark Excel left on a real line, each with its line and value", () => {
    expect(inspect("finess;etalab;111;12/05/2026", FLEYRIAT_RESAVED).evidence()).toEqual([
      { kind: "header-date", line: 1, value: "12/05/2026" },
      { kind: "scientific-notation", line: 2, value: "2,601E+13" },
      { kind: "code-leading-zero", line: 2, value: "1" },
      { kind: "day-month-year-date", line: 2, value: "13/02/1979" },
      { kind: "phone-leading-zero", line: 2, value: "474454647" },
    ]);
  });

  it("takes one sample of each other mark as proof", () => {
    const field = (line: string, position: number, value: string) => line.split(";").map((f, i) => (i === position ? value : f)).join(";");
    expect(kinds(inspect(HEADER, field(FLEYRIAT, 9, "AV 09-sept")))).toEqual(["date-in-street"]);
    expect(kinds(inspect(HEADER, field(FLEYRIAT, 7, "01-nov")))).toEqual(["date-in-street"]);
    expect(kinds(inspect(HEADER, field(FLEYRIAT, 1, "10000024")))).toEqual(["code-leading-zero"]);
    expect(kinds(inspect(HEADER, field(FLEYRIAT, 12, "34")))).toEqual(["code-leading-zero"]);
    expect(kinds(inspect(HEADER, "geolocalisation;010000024;870262,2;6571540,8;1,ATLASANTE,96,BAN,L93_METROPOLE;2025-09-04"))).toEqual(["decimal-comma"]);
    expect(kinds(inspect(HEADER, "geolocalisation;10000024;870262.2;6571540.8;1,ATLASANTE,96,BAN,L93_METROPOLE;04/09/2025"))).toEqual([
      "code-leading-zero",
      "day-month-year-date",
    ]);
  });

  it("wants most phone numbers without their zero before calling it damage: one may be a typing error", () => {
    const phone = (value: string) => FLEYRIAT.replace("0474454647;0474454114", `${value};`);
    const lone = inspect(HEADER, phone("474454647"), phone("0474454647"), phone("0474000000"));
    expect(lone.evidence()).toEqual([]);
    const most = inspect(HEADER, phone("474454647"), phone("474000000"), phone("0474000000"));
    expect(most.evidence()).toEqual([{ kind: "phone-leading-zero", line: 2, value: "474454647" }]);
  });

  it("leaves lines of another shape to the line parser", () => {
    expect(inspect(HEADER, "structureet;10000024;x", "n'importe quoi;12/05/2026", `${FLEYRIAT};en trop;12/05/2026`).evidence()).toEqual([]);
  });
});

describe("the refusal of a damaged extract", () => {
  it("says what was seen where, that nothing changed, and how to get the original", () => {
    const evidence = [
      { kind: "header-date", line: 1, value: "12/05/2026" },
      { kind: "date-in-street", line: 7, value: "AV 09-sept" },
    ] as const;
    expect(finessImportRefusals.refusal("EXTRACT_SPREADSHEET_DAMAGED", { evidence }).message).toBe(
      "Fichier refusé : il a été ouvert puis enregistré par un tableur (Excel, LibreOffice…), qui en a abîmé des valeurs — " +
        "la date de l'en-tête est écrite « 12/05/2026 » au lieu d'année-mois-jour, ligne 1 ; " +
        "des numéros de voie ont été changés en dates (« AV 09-sept »), ligne 7. Rien n'a été importé ni modifié. " +
        "Téléchargez de nouveau l'extrait original sur data.gouv.fr (jeu « FINESS Extraction du Fichier des établissements ») " +
        "et importez-le tel quel, sans l'ouvrir dans un tableur : pour le consulter, ouvrez-en une copie.",
    );
  });
});
