/** The weekly digest e-mail to an ARS: last week's figures in a few lines, the spreadsheet attached. */
import { formatConsumption } from "./consumption";
import type { Dashboard } from "./dashboard";

const NUMBER = new Intl.NumberFormat("fr-FR");
const quota = (units: number | null) => (units === null ? "aucun contingent" : `${NUMBER.format(units)} unités`);

export function digestSubject(regionName: string, week: string): string {
  return `Distrilog-santé – synthèse hebdomadaire ${week} – ${regionName}`;
}

export function digestText(dashboard: Dashboard, regionName: string, attachmentName: string): string {
  const { total } = dashboard;
  const pending = dashboard.emergencies.filter((e) => e.status === "PENDING").length;
  const departements = dashboard.byDepartement
    .filter((d) => d.establishments > 0)
    .map((d) => `- ${d.code} ${d.name} : ${NUMBER.format(d.stateUnits)} unités sur stock État (${formatConsumption(d.consumption)} du contingent), ${NUMBER.format(d.orders)} commande(s)`);
  return [
    "Bonjour,",
    "",
    `Voici la synthèse des commandes d'EPI de la semaine ${dashboard.week} pour la région ${regionName}.`,
    "",
    `- Établissements suivis : ${NUMBER.format(total.establishments)}`,
    `- Commandes : ${NUMBER.format(total.orders)}`,
    `- Commandé sur stock État : ${NUMBER.format(total.stateUnits)} unités, pour un contingent de ${quota(total.quotaUnits)} (${formatConsumption(total.consumption)})`,
    `- Hors contingent (groupement, dépannages urgents) : ${NUMBER.format(total.outsideQuotaUnits)} unités`,
    `- Dépannages urgents : ${dashboard.emergencies.length}, dont ${pending} en attente de décision`,
    "",
    ...(departements.length ? ["Par département :", ...departements, ""] : []),
    `Le détail par établissement, département et catégorie d'EPI figure dans le tableur joint (${attachmentName}) et sur le tableau de bord du portail.`,
    "",
    "Ce message est envoyé automatiquement chaque lundi ; merci de ne pas y répondre.",
    "Distrilog-santé",
  ].join("\n");
}
