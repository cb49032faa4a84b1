import { describe, expect, it } from "vitest";
import { trackingCsvRefusals } from "./refusals";
import { parseTrackingCsv, TRACKING_CSV_MAX_LINES, unshippedLines } from "./tracking-csv";

describe("the CSV of tracking numbers", () => {
  it("reads one order a line, as Excel saves it: BOM, header, quotes, CRLF, blank lines and trailing separators", () => {
    const csv = '\uFEFF"N° commande";"N° de suivi"\r\n"1042";"6A12345678901"\r\n\r\n1043;6A-999-000;\r\n 1044 ; XY9876 \r\n';
    expect(parseTrackingCsv(csv)).toEqual({
      ok: true,
      lines: [
        { line: 2, orderNumber: 1042, trackingNumber: "6A12345678901" },
        { line: 4, orderNumber: 1043, trackingNumber: "6A-999-000" },
        { line: 5, orderNumber: 1044, trackingNumber: "XY9876" },
      ],
    });
    expect(parseTrackingCsv("1042;6A12345678901")).toEqual({ ok: true, lines: [{ line: 1, orderNumber: 1042, trackingNumber: "6A12345678901" }] });
    expect(parseTrackingCsv("\uFEFF\r\n")).toEqual({ ok: true, lines: [] });
  });

  it("names every bad line with its number in the file and why", () => {
    const csv = ["N° commande;N° de suivi", "1042;6A12345678901", "10a2;6A12345678902", "1043;", "1044;6A 1234", "1045", "1046;AB12;extra", "1042;6A12345678903", "abc;x"].join("\n");
    expect(parseTrackingCsv(csv)).toEqual({
      ok: false,
      errors: [
        { line: 3, reason: "Le numéro de commande est un nombre (ex. : 1042)." },
        { line: 4, reason: "Le numéro de suivi manque. Le numéro de suivi comporte de 4 à 40 caractères : lettres, chiffres et tirets uniquement." },
        { line: 5, reason: "Le numéro de suivi comporte de 4 à 40 caractères : lettres, chiffres et tirets uniquement." },
        { line: 6, reason: "Deux colonnes sont attendues, numéro de commande;numéro de suivi (1 colonne ici)." },
        { line: 7, reason: "Deux colonnes sont attendues, numéro de commande;numéro de suivi (3 colonnes ici)." },
        { line: 8, reason: "La commande n° 1042 figure déjà ligne 2." },
        // Only the first line may be a header: a later line without digits is a mistake.
        { line: 9, reason: "Le numéro de commande est un nombre (ex. : 1042). Le numéro de suivi comporte de 4 à 40 caractères : lettres, chiffres et tirets uniquement." },
      ],
    });
  });

  it("takes at most a day of parcels in one file", () => {
    const csv = Array.from({ length: TRACKING_CSV_MAX_LINES + 1 }, (_, i) => `${i + 1};TRK${i + 1}`).join("\n");
    expect(parseTrackingCsv(csv)).toEqual({
      ok: false,
      errors: [{ line: TRACKING_CSV_MAX_LINES + 1, reason: expect.stringMatching(/^Au plus 5\s000 commandes par fichier : envoyez les suivantes dans un autre fichier\.$/) }],
    });
  });

  it("says why an order did not ship: unknown to the state's logistics, or not in preparation", () => {
    const lines = [
      { line: 2, orderNumber: 7, trackingNumber: "AAAA1" },
      { line: 3, orderNumber: 8, trackingNumber: "AAAA2" },
    ];
    expect(unshippedLines(lines, [{ number: 8, status: "SHIPPED" }])).toEqual([
      { line: 2, reason: "Aucune commande n° 7 dans la logistique de l'État." },
      { line: 3, reason: "La commande n° 8 est « expédiée » : seule une commande en préparation peut être expédiée." },
    ]);
  });

  it("refuses the whole file, counting its bad lines", () => {
    expect(trackingCsvRefusals.refusal("TRACKING_CSV_REFUSED", { errors: [{ line: 3, reason: "x" }] }).message).toBe(
      "Aucune commande n'a été modifiée : 1 ligne du fichier est en erreur. Corrigez-la, puis envoyez de nouveau le fichier entier.",
    );
  });
});
