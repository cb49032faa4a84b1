import { describe, expect, it } from "vitest";
import { openAllocationRoundSchema, requestAllocationSchema } from "./allocation";
import { approveQuotaRevisionSchema, rejectQuotaRevisionSchema, requestQuotaRevisionSchema } from "./quota-revision";
import { declareStockSchema } from "./stock-declaration";

const messages = (result: { success: boolean; error?: { issues: Array<{ message: string }> } }) => result.error?.issues.map((i) => i.message) ?? [];

describe("stock declaration schema", () => {
  it("reads blank quantities as not counted, and a blank date as today", () => {
    const parsed = declareStockSchema.parse({ countedOn: "", lines: [{ productId: "a", quantity: "12" }, { productId: "b", quantity: "" }] });
    expect(parsed).toEqual({ countedOn: undefined, lines: [{ productId: "a", quantity: 12 }, { productId: "b", quantity: undefined }] });
  });

  it("refuses negative, fractional and missing counts in French", () => {
    expect(messages(declareStockSchema.safeParse({ lines: [{ productId: "a", quantity: "-1" }] }))).toEqual(["Le stock ne peut pas être négatif."]);
    expect(messages(declareStockSchema.safeParse({ lines: [{ productId: "a", quantity: "1.5" }] }))).toEqual(["Indiquez un nombre entier d'unités."]);
    expect(messages(declareStockSchema.safeParse({ lines: [{ productId: "a", quantity: "" }] }))).toEqual(["Indiquez le stock d'au moins un produit."]);
    expect(messages(declareStockSchema.safeParse({ countedOn: "2026-02-30", lines: [{ productId: "a", quantity: 1 }] }))).toEqual(["Cette date n'existe pas."]);
    expect(messages(declareStockSchema.safeParse({ countedOn: "30/11/2026", lines: [{ productId: "a", quantity: 1 }] }))).toEqual([
      "Indiquez la date du comptage au format jj/mm/aaaa.",
    ]);
  });
});

describe("allocation schemas", () => {
  it("asks for at least one whole box", () => {
    expect(requestAllocationSchema.parse({ roundId: "r", packs: "3" })).toEqual({ roundId: "r", packs: 3 });
    expect(messages(requestAllocationSchema.safeParse({ roundId: "r", packs: "0" }))).toEqual(["Demandez au moins une boîte."]);
  });

  it("needs a product, an ISO week and a cut-off on a real day", () => {
    expect(messages(openAllocationRoundSchema.safeParse({ productId: "p", week: "2026-W48", cutoffOn: "2026-02-29", cutoffTime: "12:00" }))).toEqual([
      "Cette date n'existe pas.",
    ]);
    expect(messages(openAllocationRoundSchema.safeParse({ productId: "", week: "2026-48", cutoffOn: "", cutoffTime: "25:00" }))).toEqual([
      "Choisissez le produit.",
      expect.stringMatching(/^Semaine invalide : indiquez-la au format 2026-W48 \(année, W, numéro de semaine ISO\), de 2020 à \d{4}\.$/),
      "Indiquez la date limite des demandes.",
      "Indiquez l'heure limite des demandes (hh:mm).",
    ]);
  });
});

describe("quota revision schemas", () => {
  const valid = { categoryCode: "MASQUES_FFP2", requestedUnits: "800", fromWeek: "2026-W49", weeks: "4", justification: "Épidémie de grippe : besoins doublés." };

  it("takes 1 to 12 weeks and a justification of 20 characters or more", () => {
    expect(requestQuotaRevisionSchema.parse(valid)).toMatchObject({ requestedUnits: 800, weeks: 4 });
    expect(messages(requestQuotaRevisionSchema.safeParse({ ...valid, weeks: "13" }))).toEqual(["De 1 à 12 semaines."]);
    expect(messages(requestQuotaRevisionSchema.safeParse({ ...valid, justification: "  Besoin accru.  " }))[0]).toMatch(/^Expliquez votre besoin en 20 caractères au moins/);
  });

  it("needs granted units to approve and a reason to refuse", () => {
    expect(messages(approveQuotaRevisionSchema.safeParse({ requestId: "x", grantedUnits: "" }))).toEqual(["Indiquez le contingent hebdomadaire accordé, en unités."]);
    expect(messages(rejectQuotaRevisionSchema.safeParse({ requestId: "x", reason: " non " }))).toEqual(["Indiquez le motif du refus (5 caractères au moins)."]);
  });
});
