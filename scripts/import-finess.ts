/**
 * `npm run finess:import -- <fichier> [<fichier>…]`: imports FINESS files — the public extracts of establishments
 * (etalab-cs1100507) and legal entities (etalab-cs1100501), and the JSON « structures » flow, in any order — into
 * DATABASE_URL, and says what changed.
 * Rejected lines do not fail the run; an unreadable or unrecognised file does.
 */
import { statSync } from "node:fs";
import { basename } from "node:path";
import { DomainError } from "../lib/domain/errors";
import { formatCount, formatMeasure } from "../lib/domain/wording/french";
import { importOpenedFile, openFinessPath, type OpenedFinessFile } from "../lib/server/finess-import/import-finess-file";
import type { ImportProgress, ImportReport } from "../lib/server/finess-import/import-report";

const PROGRESS_EVERY_LINES = 5000;
const REJECTED_SHOWN = 20;
const KIND_LABELS: Record<OpenedFinessFile["kind"], string> = {
  "legal-entities": "Extrait des entités juridiques",
  establishments: "Extrait des établissements",
  structures: "Flux « structures » (JSON)",
};

const files = process.argv.slice(2);
if (!files.length) {
  console.error("Usage : npm run finess:import -- <extrait FINESS> [<extrait FINESS>…]");
  process.exit(1);
}
const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL manquant : indiquez la base PostgreSQL à alimenter (DATABASE_URL=postgresql://… npm run finess:import -- …).");
  process.exit(1);
}

let failed = false;
const opened: Array<{ file: string; size: number; extract: OpenedFinessFile }> = [];
for (const file of files) {
  try {
    opened.push({ file, size: statSync(file).size, extract: await openFinessPath(file) });
  } catch (error) {
    failed = true;
    console.error(`${file} : ${describe(error)}`);
  }
}
// Legal entities first: the establishments then find theirs instead of getting a placeholder.
opened.sort((a, b) => Number(a.extract.kind === "establishments") - Number(b.extract.kind === "establishments"));

for (const { file, size, extract } of opened) {
  const started = performance.now();
  try {
    const report = await importOpenedFile(url, extract, { progressEvery: PROGRESS_EVERY_LINES, onProgress: progressPrinter(file, size, started) });
    printReport(file, report, (performance.now() - started) / 1000);
  } catch (error) {
    failed = true;
    console.error(`${file} : ${describe(error)}`);
  }
}
process.exit(failed ? 1 : 0);

function progressPrinter(file: string, size: number, started: number) {
  return ({ phase, lines, bytes }: ImportProgress) => {
    if (phase === "writing") {
      process.stderr.write(`${basename(file)} : ${formatCount(lines)} lignes lues, écriture du référentiel…\n`);
      return;
    }
    const seconds = (performance.now() - started) / 1000;
    const percent = size ? ` (${Math.round((100 * bytes) / size)} %)` : "";
    process.stderr.write(`${basename(file)} : ${formatCount(lines)} lignes${percent}, ${formatCount(lines / seconds)} lignes/s\n`);
  };
}

function printReport(file: string, report: ImportReport, seconds: number): void {
  const header = report.header ? `version ${report.header.version} du ${report.header.date}` : "sans ligne d'en-tête finess;etalab";
  const structures = report.kind === "structures" ? report : null;
  const lines = [
    `${KIND_LABELS[report.kind]} (${header}) : ${file}`,
    `  Lignes lues : ${formatCount(report.lines)}`,
    `  Créés : ${formatCount(report.created)}`,
    `  Mis à jour : ${formatCount(report.updated)}`,
    `  Inchangés : ${formatCount(report.unchanged)}`,
    `  Rejetés : ${formatCount(report.rejected.length)}`,
  ];
  if (structures) {
    for (const [label, counts] of [["Entités juridiques", structures.legalEntities], ["Établissements", structures.establishments]] as const) {
      lines.push(`  ${label} : ${formatCount(counts.created)} créées, ${formatCount(counts.updated)} mises à jour, ${formatCount(counts.unchanged)} inchangées`);
    }
    lines.push(`  Établissements fermés dans le flux : ${formatCount(structures.closedEstablishments)}`);
    for (const { code, label } of structures.createdCategories) lines.push(`  Nouvelle catégorie, non éligible : ${code} ${label}`);
  }
  if (report.kind === "establishments") {
    lines.push(
      `  Géolocalisations : ${formatCount(report.geolocated)} appliquées, ${formatCount(report.geolocationUnchanged)} inchangées`,
      `  Entités juridiques provisoires créées : ${formatCount(report.placeholderLegalEntities)}`,
    );
    if (report.placeholderLegalEntities) lines.push("    (importez l'extrait des entités juridiques pour les compléter)");
    for (const { code, label } of report.createdCategories) lines.push(`  Nouvelle catégorie, non éligible : ${code} ${label}`);
    for (const { code, eligible, before, after } of report.relabeledCategories) {
      lines.push(
        eligible
          ? `  Catégorie éligible ${code} : FINESS la nomme « ${after.finessLabel} » (libellé affiché conservé : « ${after.label} »)`
          : `  Catégorie ${code} renommée : « ${before.label} » → « ${after.label} »`,
      );
    }
  }
  lines.push(`  Durée : ${formatMeasure(seconds)} s`);
  if (report.rejected.length) {
    const more = report.rejected.length - REJECTED_SHOWN;
    lines.push(more > 0 ? `  Lignes rejetées (les ${REJECTED_SHOWN} premières) :` : "  Lignes rejetées :");
    for (const { line, reason } of report.rejected.slice(0, REJECTED_SHOWN)) lines.push(`    ligne ${line} : ${reason}`);
    if (more > 0) lines.push(`    … et ${formatCount(more)} autres.`);
  }
  console.log(lines.join("\n"));
}

function describe(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "fichier introuvable.";
  if (code === "EISDIR") return "c'est un dossier, pas un fichier.";
  if (code === "EACCES") return "lecture refusée (droits du fichier).";
  return `échec : ${error instanceof Error ? error.message : String(error)}`;
}
