import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { withFinessKey } from "../lib/domain/finess/finess-number";
import { expectNoAccessibilityViolations } from "./accessibility";
import { signInAsRegistered } from "./login";

/*
 * The e2e database is shared with the other specs: the extract uploaded here creates two establishments of its own
 * (numbers unique to the run) and nothing else.
 */
const serial = String(Date.now() % 100_000).padStart(5, "0");
const CLINIC = withFinessKey(`017${serial}`);
const ANNEX = withFinessKey(`016${serial}`);
const LEGAL_ENTITY = withFinessKey(`015${serial}`);

const line = (finess: string, name: string) =>
  `structureet;${finess};${LEGAL_ENTITY};${name};${name} DE BOURG-EN-BRESSE;;;900;RTE;DE PARIS;;;451;01;AIN;01440 VIRIAT;0474454647;0474454114;365;Etablissement de Soins Pluridisciplinaire;1102;Centres Hospitaliers;;8610Z;03;Tarif;0;Non concerné;1979-02-13;1979-02-13;2020-02-04;`;
const EXTRACT = [
  "finess;etalab;111;2026-05-12",
  line(CLINIC, "CLINIQUE E2E"),
  line(ANNEX, "ANNEXE E2E"),
  // Line 4: the key of this number is wrong.
  line("010000025", "NUMERO FAUX"),
  `geolocalisation;${CLINIC};870262.2;6571540.8;1,ATLASANTE,96,BAN,L93_METROPOLE;2026-01-01`,
  "",
].join("\n");

const uploadField = (page: import("@playwright/test").Page) => page.getByLabel("Fichier FINESS à importer");

test.describe("FINESS import from the admin page", () => {
  test("a national admin uploads an extract, watches it to its report, downloads the rejected lines", async ({ page }, testInfo) => {
    await signInAsRegistered(page, "admin@demo.fr");
    await page.goto("/admin/taches");
    await page.getByRole("navigation", { name: "Administration nationale" }).getByRole("link", { name: "Import FINESS" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import du référentiel FINESS");
    await expectNoAccessibilityViolations(page);

    // Checked in the browser first, then by the server: both in French, and nothing is queued.
    await uploadField(page).setInputFiles({ name: "commandes.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("PK") });
    await page.getByRole("button", { name: "Importer le fichier" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "extrait FINESS" })).toHaveText(
      "Le fichier doit être un extrait FINESS (.csv ou .txt) ou le flux « structures » (.json).",
    );
    await uploadField(page).setInputFiles({ name: "liste.csv", mimeType: "text/csv", buffer: Buffer.from("nom;prénom\nDupont;Jean\n") });
    await page.getByRole("button", { name: "Importer le fichier" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Fichier non reconnu" })).toBeVisible();
    await expect(page).toHaveURL(/\/admin\/imports-finess$/);

    await uploadField(page).setInputFiles({ name: "etalab-cs1100507-e2e.csv", mimeType: "text/csv", buffer: Buffer.from(EXTRACT) });
    await page.getByRole("button", { name: "Importer le fichier" }).click();
    await page.waitForURL(/\/admin\/imports-finess\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId("import-state")).toContainText("Terminé", { timeout: 60_000 });
    await expect(page.getByTestId("import-state")).toContainText("4 lignes lues sur 4");
    await expect(page.getByRole("progressbar")).toHaveAttribute("value", "100");
    // Created, updated, unchanged, rejected.
    await expect(page.getByTestId("import-counts").locator("tbody td")).toHaveText(["2", "0", "0", "1"]);
    await expectNoAccessibilityViolations(page);
    for (const width of [320, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: testInfo.outputPath(`import-finess-${width}.png`), fullPage: true });
    }

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Télécharger les lignes rejetées (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^rejets-etalab-cs1100507-e2e-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await download.path(), "utf8");
    expect(csv).toBe('\uFEFF"Ligne";"Motif du rejet"\r\n4;"Numéro FINESS ET « 010000025 » invalide : clé de contrôle fausse."\r\n');

    // The jobs page leads back to the import.
    await page.goto("/admin/taches");
    await page.getByRole("link", { name: "(suivre l'import)" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suivi de l'import FINESS");
  });
});
