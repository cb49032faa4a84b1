import type { Metadata } from "next";
import Link from "next/link";
import { RoleRequired } from "@/components/access/access-denied";
import { AllocationRequestForm } from "@/components/allocation/allocation-request-form";
import { formatDateTime, packsOf } from "@/lib/domain/wording/french";
import { parseWeekKey } from "@/lib/domain/time/paris-time";
import { allocationRoundsForAccount } from "@/lib/server/allocation/views";
import { db } from "@/lib/server/db";
import { requireOrderingAccount } from "@/lib/server/orders/ordering-context";
import { quotaOverview } from "@/lib/server/orders/quota-overview";

export const metadata: Metadata = { title: "Répartition équitable" };

export default async function AllocationPage() {
  const { accountFiness, canOrder } = await requireOrderingAccount();
  const now = new Date();
  const rounds = await allocationRoundsForAccount(accountFiness, now);
  const orders = await db().order.findMany({
    where: { id: { in: rounds.flatMap((r) => (r.request?.orderId ? [r.request.orderId] : [])) }, accountFiness },
    select: { id: true, number: true },
  });
  // What is left of the quota in each open round's week, in boxes of its product.
  const remaining = new Map<string, number>();
  for (const round of rounds.filter((r) => r.open)) {
    const weekStart = parseWeekKey(round.week)!.startsAt;
    const { quotas } = await quotaOverview(accountFiness, now > weekStart ? now : weekStart);
    const quota = quotas.find((q) => q.code === round.product.categoryCode);
    const units = quota?.inTension ? Math.max(0, quota.allowedUnits - quota.usedUnits) : 0;
    remaining.set(round.id, Math.floor(units / round.product.packSize));
  }
  return (
    <>
      <h1>Répartition équitable</h1>
      <p>
        Quand le stock national d&apos;un produit ne couvre pas les besoins de la semaine, il n&apos;est plus servi au premier
        arrivé : chaque établissement demande ce qu&apos;il lui faut avant la date limite, puis le stock est réparti au
        prorata des contingents, sans dépasser ni la demande ni le contingent. <Link href="/accueil">Retour à mon espace</Link>
      </p>
      {rounds.length === 0 && <p>Aucun produit n&apos;est en répartition équitable en ce moment.</p>}
      {rounds.map((round) => {
        const order = orders.find((o) => o.id === round.request?.orderId);
        return (
          <section key={round.id} className="fr-card fr-card--no-arrow fr-mb-4w" aria-labelledby={`round-${round.id}`} data-testid={`round-${round.id}`}>
            <div className="fr-card__body">
              <div className="fr-card__content">
                <h2 id={`round-${round.id}`} className="fr-card__title">
                  {round.product.name} – semaine {round.week}
                </h2>
                <div className="fr-card__desc">
                  {round.open ? (
                    <>
                      <p>
                        Demandes ouvertes jusqu&apos;au <strong>{formatDateTime(round.cutoffAt)}</strong>.{" "}
                        {round.request ? `Votre demande : ${packsOf(round.request.requestedPacks, round.product.packaging)}.` : "Vous n'avez pas encore fait de demande."}
                      </p>
                      {canOrder ? (
                        <AllocationRequestForm roundId={round.id} packaging={round.product.packaging} maxPacks={remaining.get(round.id) ?? 0} currentPacks={round.request?.requestedPacks ?? null} />
                      ) : (
                        <RoleRequired need="allocation.request" purpose="faire une demande" />
                      )}
                    </>
                  ) : round.status === "COLLECTING" ? (
                    <p>
                      Demandes closes le {formatDateTime(round.cutoffAt)} : la répartition est en cours.
                      {round.request && ` Votre demande : ${packsOf(round.request.requestedPacks, round.product.packaging)}.`}
                    </p>
                  ) : round.request?.explanation ? (
                    <p data-testid="allocation-explanation">
                      {round.request.explanation}
                      {order && (
                        <>
                          {" "}
                          <Link href={`/commandes/${order.number}`}>Voir la commande n° {order.number}</Link>
                        </>
                      )}
                    </p>
                  ) : (
                    <p>Répartition faite ; vous n&apos;aviez pas fait de demande.</p>
                  )}
                </div>
              </div>
            </div>
          </section>
        );
      })}
    </>
  );
}
