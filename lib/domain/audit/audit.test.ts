import { describe, expect, it } from "vitest";
import { auditFilterSchema } from "@/lib/schemas/audit";
import { changeRows, changeSummary } from "./changes";
import { journalCsv, type AuditEntry } from "./journal-csv";
import { auditActionLabel, auditEntityLabel } from "./labels";
import { auditPeriod } from "./period";

describe("changeRows", () => {
  it("lists every field of before and after, marking the changed ones", () => {
    expect(changeRows({ eligible: true, label: "EHPAD" }, { eligible: false, label: "EHPAD" })).toEqual([
      { field: "eligible", before: "oui", after: "non", changed: true },
      { field: "label", before: "EHPAD", after: "EHPAD", changed: false },
    ]);
  });

  it("shows a creation (no before) and a removal (no after) with « — » on the missing side", () => {
    expect(changeRows(null, { weeklyUnits: 1200 })).toEqual([{ field: "weeklyUnits", before: "—", after: "1200", changed: true }]);
    expect(changeRows({ reason: "Afflux" }, null)).toEqual([{ field: "reason", before: "Afflux", after: "—", changed: true }]);
    expect(changeRows(null, null)).toEqual([]);
  });

  it("names a bare value « valeur » and writes nested values as JSON", () => {
    expect(changeRows(3, 4)).toEqual([{ field: "valeur", before: "3", after: "4", changed: true }]);
    expect(changeRows(null, { lines: [{ productId: "p", packs: 2 }] })[0].after).toBe('[{"productId":"p","packs":2}]');
  });

  it("writes decimals in French", () => {
    expect(changeRows({ unitsPerBed: 1.5 }, { unitsPerBed: 2.25 })[0]).toMatchObject({ before: "1,5", after: "2,25" });
  });

  it("sums a change up in one line for a CSV cell", () => {
    expect(changeSummary({ eligible: true, label: "EHPAD" }, { eligible: false, label: "EHPAD" })).toBe("eligible : oui → non ; label : EHPAD");
  });
});

describe("auditPeriod", () => {
  it("runs from Paris midnight of the first day to Paris midnight after the last (winter: UTC+1)", () => {
    expect(auditPeriod("2026-12-01", "2026-12-02")).toEqual({ gte: new Date("2026-11-30T23:00:00Z"), lt: new Date("2026-12-02T23:00:00Z") });
  });

  it("keeps summer time and leaves a missing bound open", () => {
    expect(auditPeriod("2026-07-14", undefined)).toEqual({ gte: new Date("2026-07-13T22:00:00Z") });
    expect(auditPeriod(undefined, "2026-03-28")).toEqual({ lt: new Date("2026-03-28T23:00:00Z") });
    expect(auditPeriod(undefined, undefined)).toEqual({});
  });
});

describe("auditFilterSchema", () => {
  it("reads empty fields as no filter", () => {
    expect(auditFilterSchema.parse({ acteur: "", action: "", objet: "", identifiant: " ", du: "", au: "" })).toEqual({});
  });

  it("keeps a valid filter, trimmed", () => {
    expect(auditFilterSchema.parse({ acteur: " admin@demo.fr ", action: "category.eligible.remove", objet: "Category", identifiant: "500", du: "2026-12-01", au: "2026-12-02" })).toEqual({
      acteur: "admin@demo.fr",
      action: "category.eligible.remove",
      objet: "Category",
      identifiant: "500",
      du: "2026-12-01",
      au: "2026-12-02",
    });
  });

  it("refuses, in French, a date that is not one, a period that ends before it starts, an unknown kind of object", () => {
    const issue = (input: Record<string, string>) => auditFilterSchema.safeParse(input).error?.issues[0].message;
    expect(issue({ du: "2026-02-30" })).toBe("Début de période : indiquez une date au format AAAA-MM-JJ (par exemple 2026-11-23).");
    expect(issue({ du: "2026-12-02", au: "2026-12-01" })).toBe("La période finit avant de commencer : la date de fin doit suivre la date de début.");
    expect(issue({ objet: "Session" })).toBe("Type d'objet inconnu.");
    expect(issue({ action: "'; DROP TABLE" })).toBe("Action inconnue.");
    expect(issue({ acteur: "a\u0000b" })).toBe("Auteur : caractère non autorisé.");
  });
});

describe("labels", () => {
  it("names known actions and objects in French, and shows an unknown code as it is", () => {
    expect(auditActionLabel("category.eligible.remove")).toBe("Catégorie retirée des éligibles");
    expect(auditEntityLabel("Category")).toBe("Catégorie FINESS");
    expect(auditActionLabel("something.new")).toBe("something.new");
  });
});

describe("journalCsv", () => {
  it("writes one line per entry, before and after as JSON and in words, for French Excel", () => {
    const entry: AuditEntry = {
      id: "7",
      at: new Date("2026-12-02T10:40:00Z"),
      actorEmail: "admin@demo.fr",
      action: "category.eligible.remove",
      entityType: "Category",
      entityId: "500",
      before: { eligible: true },
      after: { eligible: false },
      finess: null,
    };
    const lines = journalCsv([entry, { ...entry, id: "8", actorEmail: null }]).split("\r\n");
    expect(lines[0]).toBe('\uFEFF"Date";"Auteur";"Action";"Code de l\'action";"Objet";"Identifiant";"FINESS concerné";"Avant";"Après";"Changement"');
    expect(lines[1]).toBe(
      '"02/12/2026 11:40";"admin@demo.fr";"Catégorie retirée des éligibles";"category.eligible.remove";"Catégorie FINESS";"500";"";"{""eligible"":true}";"{""eligible"":false}";"eligible : oui → non"',
    );
    expect(lines[2]).toContain('"système"');
  });
});
