import type { CategoryQuota } from "@/lib/server/orders/quota-overview";
import { formatCount, inNumber, nounOf } from "@/lib/domain/wording/french";
import { DataTable } from "@/components/ui/data-table";

/**
 * "EPI disponibles uniquement sur stock Etat": used / allowed this week, per category in tension; the others have no
 * quota that week (bought from the consortium). The home page and /contingent show this one table of one week.
 */
export function QuotaTable({ quotas, week }: { quotas: CategoryQuota[]; week: string }) {
  return (
    <section className="fr-mb-6w" aria-labelledby="quota-title">
      <h2 id="quota-title">EPI disponibles uniquement sur stock État</h2>
      <DataTable caption={`Contingent de la semaine ${week} : quantités commandées sur quantités autorisées`} columns={["Catégorie", "Commandé / autorisé", "Mode"]}>
        {quotas.map((quota) => (
          <tr key={quota.code}>
            <td>{quota.name}</td>
            <td data-testid={`quota-${quota.code}`}>
              {quota.inTension
                ? `${formatCount(quota.usedUnits)} / ${formatCount(quota.allowedUnits)} ${inNumber(quota.allowedUnits, nounOf(quota.unitLabel))}`
                : "sans contingent"}
            </td>
            <td>{quota.inTension ? "Stock État, contingenté" : "Groupement RESAH – UniHA"}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}
