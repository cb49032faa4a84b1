import { describe, expect, it } from "vitest";
import { consortiumExportFilename, consortiumOrdersCsv } from "./consortium-export";

const order = {
  number: 42,
  createdAt: new Date("2026-12-01T09:30:00Z"),
  status: "SUBMITTED" as const,
  accountFiness: "630789014",
  purchaseOrderNumber: "BC-2026/0042",
  billingAddress: "EHPAD LES TILLEULS\n12 RUE DES TILLEULS",
  trackingNumber: null,
  totalCents: 1500 + 2450,
  delivery: { finess: "630789014", name: "EHPAD LES TILLEULS", addressLine: "12 RUE DES TILLEULS", postalLine: "63000 CLERMONT-FERRAND" },
  lines: [
    { packs: 3, units: 300, unitPriceCents: 5, product: { reference: "EPI-GNT-100", name: "Gants nitrile M (boîte de 100)" } },
    { packs: 1, units: 50, unitPriceCents: 49, product: { reference: "EPI-BLS-50", name: "=Blouse" } },
  ],
};

describe("the consortium's export", () => {
  it("writes one line per order line, Paris time, its status in the consortium's words, amounts in euros", () => {
    const csv = consortiumOrdersCsv([order]);
    const lines = csv.slice(1).split("\r\n");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(lines[0]).toContain('"N° commande";"Passée le";"Statut"');
    expect(lines[1]).toBe(
      '42;"2026-12-01 10:30";"Transmise au groupement";"630789014";"BC-2026/0042";"EHPAD LES TILLEULS\n12 RUE DES TILLEULS";"630789014";' +
        '"EHPAD LES TILLEULS";"12 RUE DES TILLEULS";"63000 CLERMONT-FERRAND";"";"EPI-GNT-100";"Gants nitrile M (boîte de 100)";3;300;"0,05";"15";"39,5"',
    );
    // A product name that a spreadsheet would run as a formula is defused.
    expect(lines[2]).toContain(`"'=Blouse";1;50;"0,49";"24,5";"39,5"`);
    expect(lines).toHaveLength(4);
  });

  it("names the file after the Paris day", () => {
    expect(consortiumExportFilename(new Date("2026-12-01T23:30:00Z"))).toBe("commandes-groupement-2026-12-02.csv");
  });
});
