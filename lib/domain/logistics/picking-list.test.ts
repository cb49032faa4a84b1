import { describe, expect, it } from "vitest";
import { csvCell, PICKING_LIST_HEADER, pickingListCsv, pickingListFilename, type PickingListRow } from "./picking-list";

const row: PickingListRow = {
  orderNumber: 12,
  status: "SUBMITTED",
  carrier: "LA_POSTE",
  deliveryFiness: "690812342",
  establishmentName: "CLINIQUE DU PARC",
  addressLine: "155 BD STALINGRAD",
  postalLine: "69006 LYON",
  departement: "69 – Rhône",
  contactName: "Magasin central",
  contactPhone: "04 72 00 00 01",
  openingHours: "Du lundi au vendredi, 8h–16h",
  productReference: "MSK-CHIR-50",
  productName: "Masque chirurgical type IIR",
  packs: 3,
  units: 150,
};

const HEADER = PICKING_LIST_HEADER.map((h) => `"${h}"`).join(";");

describe("picking list CSV", () => {
  it("starts with a UTF-8 byte order mark, then the header row; an empty list is the header alone", () => {
    const csv = pickingListCsv([]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe(`\uFEFF${HEADER}\r\n`);
  });

  it("writes one ';'-separated, CRLF-terminated line per order line, with French labels", () => {
    const csv = pickingListCsv([row]);
    expect(csv.slice(1).split("\r\n")).toEqual([
      HEADER,
      '12;"Transmise";"La Poste";"690812342";"CLINIQUE DU PARC";"155 BD STALINGRAD";"69006 LYON";"69 – Rhône";"Magasin central";"04 72 00 00 01";"Du lundi au vendredi, 8h–16h";"MSK-CHIR-50";"Masque chirurgical type IIR";3;150',
      "",
    ]);
  });

  it("sorts by order number, then product reference", () => {
    const rows = [
      { ...row, orderNumber: 14, productReference: "B" },
      { ...row, orderNumber: 9, productReference: "Z", status: "IN_PREPARATION" as const, carrier: "SPF_DIRECT" as const },
      { ...row, orderNumber: 14, productReference: "A" },
    ];
    const lines = pickingListCsv(rows).split("\r\n").slice(1, -1);
    expect(lines.map((l) => l.split(";").slice(0, 3).join(";") + ";" + l.split(";")[11])).toEqual([
      '9;"En préparation";"Santé publique France (livraison directe)";"Z"',
      '14;"Transmise";"La Poste";"A"',
      '14;"Transmise";"La Poste";"B"',
    ]);
  });

  it("quotes text, doubling inner quotes, and keeps separators and line breaks inside the quotes", () => {
    expect(csvCell('CLINIQUE "LE PARC"')).toBe('"CLINIQUE ""LE PARC"""');
    expect(csvCell("Lundi; mardi\nmercredi")).toBe('"Lundi; mardi\nmercredi"');
    expect(csvCell(null)).toBe('""');
    expect(csvCell(42)).toBe("42");
    const csv = pickingListCsv([{ ...row, establishmentName: 'A "B"; C', openingHours: null }]);
    expect(csv).toContain(';"A ""B""; C";');
    expect(csv).toContain(';"04 72 00 00 01";"";"MSK-CHIR-50";');
  });

  it.each(["=HYPERLINK(\"http://x\")", "+33 4 72 00 00 01", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"])(
    "defuses a cell that a spreadsheet would run as a formula: %j",
    (value) => {
      expect(csvCell(value)).toBe(`"'${value.replaceAll('"', '""')}"`);
      expect(pickingListCsv([{ ...row, contactName: value }])).toContain(`"'${value.replaceAll('"', '""')}"`);
    },
  );

  it("leaves ordinary text alone, even with a formula character further in", () => {
    expect(csvCell("Masque FFP2 = 20 unités")).toBe('"Masque FFP2 = 20 unités"');
    expect(csvCell("")).toBe('""');
  });

  it("names the file after the week", () => {
    expect(pickingListFilename("2026-W48")).toBe("preparation-2026-W48.csv");
  });
});
