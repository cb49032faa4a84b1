import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { closingState, structureRecords } from "./structure-records";

// An excerpt of the real example flow published by the ANS (tests/fixtures/finess/README.md).
const FLOW = JSON.parse(readFileSync(fileURLToPath(new URL("../../../tests/fixtures/finess/structures-extrait.json", import.meta.url)), "utf8"));
const item = (finess: string) => structuredClone(FLOW.pmej.find((p: { informationsGeneralesPMEJ: { numFinessPm: string } }) => p.informationsGeneralesPMEJ.numFinessPm === finess));
const FLOW_DATE = "2026-03-09";

describe("structureRecords", () => {
  it("maps a private clinic and its establishment like the extracts do", () => {
    const { legalEntity, establishments } = structureRecords(item("010000156"), FLOW_DATE);
    expect(legalEntity).toEqual({
      ok: true,
      record: {
        finess: "010000156",
        name: "CLINIQUE CONVERT",
        shortName: "CLINIQUE CONVERT",
        longName: "CLINIQUE CONVERT",
        statusCode: "73",
        sector: "PRIVATE_COMMERCIAL",
        departementCode: "01",
        closedOn: null,
      },
    });
    expect(establishments).toEqual([
      {
        ok: true,
        record: {
          finess: "010780195",
          legalEntityFiness: "010000156",
          name: "CLINIQUE DOCTEUR CONVERT",
          shortName: "CLINIQUE CONVERT",
          longName: "CLINIQUE DOCTEUR CONVERT",
          categoryCode: "365",
          categoryLabel: "Etablissement de Soins Pluridisciplinaire",
          departementCode: "01",
          communeCode: "01053",
          addressLine: "62 AV DE JASSERON, BP 132",
          postalLine: "01000 BOURG EN BRESSE",
          phone: "0428631234",
          siret: "77220148900022",
          finessUpdatedOn: "2021-10-18",
          legalEntitySector: "PRIVATE_COMMERCIAL",
          coordX: 5.254203,
          coordY: 46.211257,
          coordSystem: "WGS84,BAN",
          closedOn: null,
        },
      },
    ]);
  });

  it("takes the département from the commune: Wallis-et-Futuna is 986, a public entity by its status 10", () => {
    const { legalEntity, establishments } = structureRecords(item("980600019"), FLOW_DATE);
    expect(legalEntity).toMatchObject({ ok: true, record: { departementCode: "986", sector: "PUBLIC" } });
    expect(establishments.map((e) => e.ok && [e.record.finess, e.record.departementCode, e.record.communeCode, e.record.coordX])).toEqual([
      ["980600027", "986", "98613", null],
      ["980600035", "986", "98611", null],
    ]);
  });

  it("closes an inactive establishment on its closing date and keeps the active ones of a closed entity open", () => {
    const soufflet = structureRecords(item("010000222"), FLOW_DATE);
    expect(soufflet.establishments.map((e) => e.ok && [e.record.finess, e.record.closedOn])).toEqual([
      ["010780310", "2020-10-27"],
      ["010011641", null],
    ]);
    const fontelune = structureRecords(item("010000339"), FLOW_DATE);
    expect(fontelune.legalEntity).toMatchObject({ record: { closedOn: "2026-03-02" } });
    expect(fontelune.establishments.map((e) => e.ok && e.record.closedOn)).toEqual([null, null]);
  });

  it("rejects what departs from the schema, in French, and the establishments of a rejected entity with it", () => {
    const unknownField = item("010000222");
    unknownField.nouveauChamp = 1;
    expect(structureRecords(unknownField, FLOW_DATE)).toEqual({
      legalEntity: { ok: false, reason: "Entité juridique non conforme au schéma du flux (v1.0.0) : champ inconnu du schéma : nouveauChamp." },
      establishments: [
        { ok: false, reason: "Établissement ignoré : son entité juridique est rejetée (voir sa ligne)." },
        { ok: false, reason: "Établissement ignoré : son entité juridique est rejetée (voir sa ligne)." },
      ],
    });
    const badSiret = item("010000156");
    badSiret.ege[0].informationsGeneralesEGE.siret = "2,6E+13";
    expect(structureRecords(badSiret, FLOW_DATE).establishments[0]).toEqual({
      ok: false,
      reason: "Établissement non conforme au schéma du flux (v1.0.0) : champ « informationsGeneralesEGE.siret » : format invalide.",
    });
    const noState = item("010000156");
    delete noState.ege[0].etatObjet;
    expect(structureRecords(noState, FLOW_DATE).establishments[0]).toMatchObject({ reason: expect.stringContaining("champ « etatObjet » manquant") });
    expect(structureRecords("pas un objet", FLOW_DATE).legalEntity).toMatchObject({ ok: false, reason: expect.stringContaining("objet attendu") });
  });

  it("rejects a wrong FINESS key, a commune no département has, an unknown state", () => {
    const wrong = item("010000156");
    wrong.ege[0].informationsGeneralesEGE.numFinessEge = "010780196";
    wrong.ege[0].adresse[0].cogCommune = "99999";
    expect(structureRecords(wrong, FLOW_DATE).establishments[0]).toEqual({ ok: false, reason: "Numéro FINESS ET « 010780196 » invalide : clé de contrôle fausse." });
    const nowhere = item("010000156");
    nowhere.ege[0].adresse[0].cogCommune = "99999";
    expect(structureRecords(nowhere, FLOW_DATE).establishments[0]).toEqual({ ok: false, reason: "Établissement 010780195 : commune « 99999 » inconnue (cogCommune)." });
    const odd = item("010000156");
    odd.etatObjet = "X";
    expect(structureRecords(odd, FLOW_DATE).legalEntity).toEqual({ ok: false, reason: "état « X » inconnu (etatObjet : A, actif, ou I, inactif)." });
  });
});

describe("closingState", () => {
  it("reads etatObjet and the closing date against the flow's date", () => {
    expect(closingState("I", "2019-03-03", "2019-03-04 00:00:00", FLOW_DATE)).toEqual({ closedOn: "2019-03-03" });
    expect(closingState("I", undefined, "2019-03-04 00:00:00", FLOW_DATE)).toEqual({ closedOn: "2019-03-04" });
    expect(closingState("A", "2026-03-09", "2026-01-01", FLOW_DATE)).toEqual({ closedOn: "2026-03-09" });
    expect(closingState("A", "2026-04-01", "2026-01-01", FLOW_DATE)).toEqual({ closedOn: null });
    expect(closingState("A", undefined, "2026-01-01", FLOW_DATE)).toEqual({ closedOn: null });
  });
});
