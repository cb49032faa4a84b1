/**
 * The generated establishments as a JSON « structures » flow, shaped like the ANS example (tests/fixtures/finess):
 * each legal entity with its address, contact, events, and its establishment with commitments, events and BAN
 * coordinates — written pretty-printed as the published files are, chunk by chunk, never whole in memory.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { generatedEstablishment } from "./generated-establishments";

function commune(departementCode: string): string {
  return departementCode.length === 3 ? `${departementCode}01` : `${departementCode}001`;
}

function address(usage: string, i: number, departementCode: string) {
  return [
    {
      usageAdresse: usage,
      numeroVoie: String(i % 300),
      typeVoie: "R",
      libelleVoie: `DU BANC ${i}`,
      cogCommune: commune(departementCode),
      ligneAcheminement: "VILLE",
      ligneQuatre: `${i % 300} RUE DU BANC ${i}`,
      codePostal: `${departementCode.slice(0, 2)}000`,
      coordonneesGeographique: {
        coordonneeX: String(6500000 + i),
        coordonneeY: String(600000 + i),
        directionLatitude: (43 + (i % 700) / 100).toFixed(6),
        directionLongitude: (-1 + (i % 800) / 100).toFixed(6),
        cleInInteropBAN: `${commune(departementCode)}_0001_00001`,
        scoreBAN: "0.97",
      },
    },
  ];
}

const event = (id: number, object: string, kind: string, state: string) => ({
  evenementId: String(id),
  dateEnregistrement: "2023-03-15 11:21:01",
  dateEvenement: "2001-01-01",
  etatObjet1: state,
  identifiantObjet1: String(id),
  systemeMaitre: "01",
  typeObjet1: object,
  codeEvenement: kind,
});

export function generatedLegalEntityItem(i: number) {
  const e = generatedEstablishment(i);
  const departement = e.departement.code;
  return {
    informationsGeneralesPMEJ: {
      pmSmsseId: String(i + 1),
      codeApe: "86.10Z",
      dateCreation: "2001-01-01",
      denominationLonguePmSmsse: `EJ ${e.name} LONG`,
      denominationPm: `EJ ${e.name}`,
      numFinessPm: e.legalEntityFiness,
      siren: String(100000000 + i),
      statutJuridique: i % 3 === 0 ? "13" : "95",
      typePersonneMorale: "01",
    },
    adresse: address("02", i, departement),
    contact: [{ typeContact: { roleContact: "01" }, telecom: { telephone: "0400000000" } }],
    engagement: [],
    evenement: [event(i, "PM", "001", "001")],
    ege: [
      {
        informationsGeneralesEGE: {
          egeId: String(i + 1),
          dateOuverture: "2001-01-01",
          datePremiereAutorisation: "2001-01-01",
          nomEgeCourt: e.name,
          nomEgeLong: `${e.name} LONG`,
          numFinessEge: e.finess,
          espic: ["0"],
          siret: String(10000000000000 + i),
        },
        categorieentiteGeographiqueExercice: e.categoryCode,
        modefixationtarifaire: "07",
        typeBudget: ["01"],
        adresse: address("03", i, departement),
        contact: [{ typeContact: { roleContact: "01" }, telecom: { telephone: "0400000000", telecopie: "0400000001" } }],
        engagement: [
          { engagementId: String(i), typeEngagement: "CONV", sousTypeEngagement: "ASE", dateEffetEngagement: "2001-01-01", dateSignatureEngagement: "2001-01-01", autoriteRegulationEngagement: [] },
        ],
        evenement: [event(i, "EG", "003", "003"), event(i, "EG", "007", "007")],
        roleEge: [],
        etatObjet: "A",
        dateDerniereMaj: "2026-01-01 00:00:00",
      },
    ],
    etatObjet: "A",
    dateDerniereMaj: "2026-01-01 00:00:00",
  };
}

/** Writes a flow of `rows` legal entities, one establishment each; returns its size in bytes. */
export async function writeStructuresFlow(path: string, rows: number): Promise<number> {
  const out = createWriteStream(path);
  let size = 0;
  const write = async (text: string) => {
    size += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  await write('{\n  "schemaVersion" : "v1.0.0",\n  "generatedAt" : "2026-03-09T15:49:37Z",\n  "gcc" : [ ],\n  "gco" : [ ],\n  "pmej" : [ ');
  for (let i = 0; i < rows; i++) {
    await write(`${i ? ", " : ""}${JSON.stringify(generatedLegalEntityItem(i), null, 2).replaceAll("\n", "\n  ")}`);
  }
  await write(" ]\n}\n");
  out.end();
  await once(out, "finish");
  return size;
}
