/** The weekly digest e-mail to an ARS: last week's figures in a few lines, the spreadsheet attached. */
import { CARE_SECTOR_LABELS } from "../referential/care-sector";
import { coverSummaryLines, type CoverSummary } from "../stock/cover-truth";
import type { BelowTargetRow } from "../stock/region-cover";
import { countOf, formatCount, inSentence, type Noun, weeksOfCover } from "../wording/french";
import { formatConsumption } from "./consumption";
import type { Dashboard } from "./dashboard";

const OTHER_CATEGORY: Noun = { one: "autre catégorie", other: "autres catégories", feminine: true };
const quota = (units: number | null) => (units === null ? "aucun contingent" : `${formatCount(units)} unités`);

export function digestSubject(regionName: string, week: string): string {
  return `Distrilog-santé – synthèse hebdomadaire ${week} – ${regionName}`;
}

/** At most this many establishments under target are named; the rest is on the cover page. */
export const DIGEST_BELOW_TARGET_LINES = 10;

/**
 * The region's establishments under three weeks of cover, as belowTargetRows orders them (medico-social first): how
 * many in each sector, and the first few by name.
 */
function belowTargetLines(rows: readonly BelowTargetRow[]): string[] {
  if (rows.length === 0) return ["Aucun établissement suivi n'est sous 3 semaines de couverture.", ""];
  const accounts = new Map(rows.map((r) => [r.account.finess, r.account.sector]));
  const count = (sector: string) => [...accounts.values()].filter((s) => s === sector).length;
  const named = rows.slice(0, DIGEST_BELOW_TARGET_LINES).map(
    ({ account, category }) =>
      `- ${account.name} (${account.departementCode}, ${inSentence(CARE_SECTOR_LABELS[account.sector])}) : ${inSentence(category.name)}, ${weeksOfCover(category.cover.weeksOfCover!)}`,
  );
  const rest = rows.length - named.length;
  return [
    `Établissements sous 3 semaines de couverture : ${formatCount(accounts.size)} (médico-social : ${count("MEDICO_SOCIAL")}, sanitaire : ${count("SANITAIRE")}), le médico-social d'abord :`,
    ...named,
    ...(rest > 0 ? [`- et ${countOf(rest, OTHER_CATEGORY)} sous l'objectif : voir la page « Couverture de stock des établissements ».`] : []),
    "",
  ];
}

export function digestText(
  dashboard: Dashboard,
  regionName: string,
  attachmentName: string,
  belowTarget: readonly BelowTargetRow[] = [],
  cover: CoverSummary | null = null,
): string {
  const { total } = dashboard;
  const pending = dashboard.emergencies.filter((e) => e.status === "PENDING").length;
  const departements = dashboard.byDepartement
    .filter((d) => d.establishments > 0)
    .map((d) => `- ${d.code} ${d.name} : ${formatCount(d.stateUnits)} unités sur stock État (${formatConsumption(d.consumption)} du contingent), ${countOf(d.orders, "commande")}`);
  return [
    "Bonjour,",
    "",
    `Voici la synthèse des commandes d'EPI de la semaine ${dashboard.week} pour la région ${regionName}.`,
    "",
    `- Établissements suivis : ${formatCount(total.establishments)}`,
    `- Commandes : ${formatCount(total.orders)}`,
    `- Commandé sur stock État : ${formatCount(total.stateUnits)} unités, pour un contingent de ${quota(total.quotaUnits)} (${formatConsumption(total.consumption)})`,
    `- Hors contingent (groupement, dépannages urgents) : ${formatCount(total.outsideQuotaUnits)} unités`,
    `- Dépannages urgents : ${dashboard.emergencies.length}, dont ${pending} en attente de décision`,
    "",
    ...(departements.length ? ["Par département :", ...departements, ""] : []),
    ...(cover ? [...coverSummaryLines(cover), ""] : []),
    ...belowTargetLines(belowTarget),
    `Le détail par établissement, département et catégorie d'EPI figure dans le tableur joint (${attachmentName}) et sur le tableau de bord du portail.`,
    "",
    "Ce message est envoyé automatiquement chaque lundi ; merci de ne pas y répondre.",
    "Distrilog-santé",
  ].join("\n");
}
