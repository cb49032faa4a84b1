import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { OpenRoundForm } from "@/components/allocation/open-round-form";
import { RunAllocationButton } from "@/components/allocation/run-allocation-button";
import { countOf, formatCount, formatDateTime } from "@/lib/domain/wording/french";
import { dayOfWeek, isoWeekOf, parisDateKey, parisDateKeyPlusDays } from "@/lib/domain/time/paris-time";
import { categoriesInTension } from "@/lib/domain/tension/tension";
import { allocationRoundsForAdmin, tensionDecrees } from "@/lib/server/allocation/queries";
import { activeProducts } from "@/lib/server/catalogue/queries";
import { actorWith } from "@/lib/server/guards";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Répartition équitable du stock national" };

export default async function AdminAllocationPage() {
  if (!(await actorWith("allocation.manage"))) return <AccessDenied need={"allocation.manage"} />;
  const now = new Date();
  const week = isoWeekOf(now);
  const [products, decrees, rounds] = await Promise.all([
    activeProducts(),
    tensionDecrees(),
    allocationRoundsForAdmin(),
  ]);
  const tension = categoriesInTension(decrees, now);
  // Thursday noon of the current week, or tomorrow at noon if that is past.
  const thursday = dayOfWeek(week, 3, 12);
  const cutoffOn = thursday > now ? parisDateKey(thursday) : parisDateKeyPlusDays(now, 1);
  return (
    <>
      <h1>Répartition équitable du stock national</h1>
      <p>
        Quand le stock national d&apos;un produit ne couvre pas la demande de la semaine, passez-le en répartition : les
        commandes au premier arrivé sont fermées pour ce produit, les établissements déposent leur demande jusqu&apos;à la
        date limite, puis le stock est réparti au prorata des contingents (arrondi au plus fort reste, départage par
        FINESS). Chaque établissement voit ce qu&apos;il a reçu et pourquoi.
      </p>
      <OpenRoundForm
        products={products.filter((p) => tension.has(p.categoryCode)).map((p) => ({ id: p.id, name: p.name }))}
        defaults={{ week: week.key, cutoffOn, cutoffTime: "12:00" }}
      />
      <h2>Répartitions</h2>
      {rounds.length === 0 && <p>Aucune répartition pour l&apos;instant.</p>}
      {rounds.map((round) => {
        const pastCutoff = now >= round.cutoffAt;
        const stockUnits = round.status === "ALLOCATED" ? round.stockUnits! : (round.product.stock?.quantity ?? 0);
        return (
          <section key={round.id} className="fr-mb-6w" aria-labelledby={`admin-round-${round.id}`} data-testid={`admin-round-${round.id}`}>
            <h3 id={`admin-round-${round.id}`}>
              {round.product.name} – semaine {round.week}{" "}
              <span className={`fr-badge fr-badge--sm ${round.status === "ALLOCATED" ? "fr-badge--success" : "fr-badge--info"}`}>
                {round.status === "ALLOCATED" ? "Répartie" : pastCutoff ? "Demandes closes" : "Demandes ouvertes"}
              </span>
            </h3>
            <p>
              Date limite : {formatDateTime(round.cutoffAt)}. Stock national {round.status === "ALLOCATED" ? "réparti" : "actuel"} :{" "}
              {countOf(Math.floor(stockUnits / round.product.packSize), "boîte")} ({countOf(stockUnits, round.product.category.unitLabel)}).
              Demandes : {countOf(round.totalRequestedPacks, "boîte")}
              {round.status === "ALLOCATED" && `, réparties : ${countOf(round.totalAllocatedPacks, "boîte")} le ${formatDateTime(round.allocatedAt!)}`}.
            </p>
            {round.requests.length > 0 && (
              <DataTable caption="Demandes des établissements" columns={["Établissement", "FINESS", "Contingent de la semaine", "Boîtes demandées", "Boîtes reçues"]}>
                {round.requests.map((r) => (
                  <tr key={r.id}>
                    <td>{r.accountName}</td>
                    <td>{r.accountFiness}</td>
                    <td>{countOf(r.quotaUnits, round.product.category.unitLabel)}</td>
                    <td>{formatCount(r.requestedPacks)}</td>
                    <td>{r.allocatedPacks === null ? "—" : formatCount(r.allocatedPacks)}</td>
                  </tr>
                ))}
              </DataTable>
            )}
            {round.status === "COLLECTING" && <RunAllocationButton roundId={round.id} packaging={round.product.packaging} force={!pastCutoff} />}
          </section>
        );
      })}
    </>
  );
}
