import { describe, expect, it } from "vitest";
import { finessUploadSchema } from "../../schemas/finess-import";
import { progressPercent, rejectionsCsv, rejectionsFilename } from "./import-run";

describe("progressPercent", () => {
  it("follows the lines read, keeps the last 5 % for writing, and shows nothing before the count is known", () => {
    expect(progressPercent({ state: "QUEUED", linesRead: 0, totalLines: null })).toBe(0);
    expect(progressPercent({ state: "READING", linesRead: 500, totalLines: null })).toBe(0);
    expect(progressPercent({ state: "READING", linesRead: 50_000, totalLines: 200_000 })).toBe(23);
    expect(progressPercent({ state: "READING", linesRead: 210_000, totalLines: 200_000 })).toBe(95);
    expect(progressPercent({ state: "WRITING", linesRead: 200_000, totalLines: 200_000 })).toBe(95);
    expect(progressPercent({ state: "COMPLETED", linesRead: 200_000, totalLines: 200_000 })).toBe(100);
  });
});

describe("rejectionsCsv", () => {
  it("writes one row per rejected line, as Excel opens it, quotes and formulas defused", () => {
    expect(
      rejectionsCsv([
        { line: 6, reason: "Numéro FINESS ET « 690001236 » invalide : clé de contrôle fausse." },
        { line: 9, reason: '=HYPERLINK("x") "cité"' },
      ]),
    ).toBe(
      '\uFEFF"Ligne";"Motif du rejet"\r\n6;"Numéro FINESS ET « 690001236 » invalide : clé de contrôle fausse."\r\n9;"\'=HYPERLINK(""x"") ""cité"""\r\n',
    );
  });

  it("names the file after the import", () => {
    expect(rejectionsFilename("etalab-cs1100507 (mai).csv", new Date("2026-12-02T05:00:00Z"))).toBe("rejets-etalab-cs1100507-mai-2026-12-02.csv");
    expect(rejectionsFilename("….json", new Date("2026-12-02T05:00:00Z"))).toBe("rejets-import-finess-2026-12-02.csv");
  });
});

describe("finessUploadSchema", () => {
  it("takes an extract or a flow within the size limit, and says in French what is wrong otherwise", () => {
    expect(finessUploadSchema.safeParse({ fileName: "etalab-cs1100507.csv", size: 40_000_000 }).success).toBe(true);
    expect(finessUploadSchema.safeParse({ fileName: "finess-structures.JSON", size: 1 }).success).toBe(true);
    const message = (input: unknown) => finessUploadSchema.safeParse(input).error?.issues[0].message;
    expect(message({ fileName: "etalab.xlsx", size: 10 })).toBe("Le fichier doit être un extrait FINESS (.csv ou .txt) ou le flux « structures » (.json).");
    expect(message({ fileName: "etalab.csv", size: 0 })).toBe("Le fichier est vide.");
    expect(message({ fileName: "etalab.csv", size: 2 * 1024 ** 3 })).toContain("dépasse 1 Go");
  });
});
