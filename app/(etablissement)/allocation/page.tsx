import type { Metadata } from "next";
import Link from "next/link";
import { RoleRequired } from "@/components/access/access-denied";
import { AllocationRequestForm } from "@/components/allocation/allocation-request-form";
import { formatDateTime, packsOf } from "@/lib/domain/wording/french";
import { allocationRoundsOfAccount } from "@/lib/server/allocation/queries";
import { requireOrderingAccount } from "@/lib/server/orders/ordering-context";

export const metadata: Metadata = { title: "Répartition équitable" };

export default async function AllocationPage() {
  const { accountFiness, canOrder } = await requireOrderingAccount();
  const rounds = await allocationRoundsOfAccount(accountFiness, new Date());
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
                        <AllocationRequestForm roundId={round.id} packaging={round.product.packaging} maxPacks={round.remainingPacks} currentPacks={round.request?.requestedPacks ?? null} />
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
                      {round.orderNumber !== null && (
                        <>
                          {" "}
                          <Link href={`/commandes/${round.orderNumber}`}>Voir la commande n° {round.orderNumber}</Link>
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
