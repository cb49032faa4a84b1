import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { AssignOfferForm, BrokerLoanForm } from "@/components/mutual-aid/broker-forms";
import { ExchangeList } from "@/components/mutual-aid/exchange-list";
import { LenderTable, weeksText } from "@/components/mutual-aid/lender-proposals";
import { can } from "@/lib/domain/permissions/permissions";
import { CARE_SECTOR_LABELS } from "@/lib/domain/referential/care-sector";
import { REGIONS } from "@/lib/domain/referential/regions";
import { countOf, inSentence } from "@/lib/domain/wording/french";
import { actorWith } from "@/lib/server/guards";
import { regionNeeds } from "@/lib/server/mutual-aid/local-aid";
import { accountContacts } from "@/lib/server/mutual-aid/places";
import { exchangesOfRegion, productsByCategory } from "@/lib/server/mutual-aid/queries";

export const metadata: Metadata = { title: "Entraide entre établissements" };

export default async function RegionExchangesPage() {
  const actor = await actorWith("exchange.region.read");
  if (!actor?.regionCode) return <AccessDenied need={"exchange.region.read"} />;
  const now = new Date();
  const [needs, exchanges, products] = await Promise.all([regionNeeds(actor.regionCode, now), exchangesOfRegion(actor.regionCode), productsByCategory()]);
  const contacts = await accountContacts(needs.flatMap((n) => [n.account.finess, ...n.aid.lenders.map((l) => l.account.finess)]));
  const offers = exchanges.filter((e) => e.status === "OFFERED");
  const broker = can(actor, "exchange.broker");
  const borrowers = [...new Map(needs.map((n) => [n.account.finess, { finess: n.account.finess, label: `${n.account.name} (${n.account.departementCode})` }])).values()];
  return (
    <>
      <h1>Entraide entre établissements – {REGIONS.find((r) => r.code === actor.regionCode)?.name}</h1>
      <p>
        Les prêts d&apos;EPI entre établissements de votre région, les surplus qu&apos;ils vous proposent, et pour chaque
        établissement sous 3 semaines de couverture (médico-social d&apos;abord) ceux qui pourraient lui prêter. Si
        personne ne le peut, demandez un <Link href="/depannages">dépannage urgent</Link>.
      </p>
      <h2>Établissements sous 3 semaines ({needs.length})</h2>
      {needs.length === 0 && <p>Aucun établissement suivi n&apos;est sous l&apos;objectif.</p>}
      {needs.map(({ account, aid }) => (
        <section key={`${account.finess}-${aid.code}`} aria-labelledby={`need-${account.finess}-${aid.code}`} className="fr-mb-4w" data-testid={`need-${account.finess}-${aid.code}`}>
          <h3 id={`need-${account.finess}-${aid.code}`} className="fr-h5">
            {account.name} ({inSentence(CARE_SECTOR_LABELS[account.sector])}, {account.departementCode}) – {aid.name} : {weeksText(aid.cover.weeksOfCover)}
          </h3>
          <LenderTable aid={aid} contacts={contacts} />
          {aid.lenders.length > 0 && broker ? (
            <BrokerLoanForm
              id={`${account.finess}-${aid.code}`}
              borrowerFiness={account.finess}
              products={products.get(aid.code) ?? []}
              lenders={aid.lenders.map((l) => ({ finess: l.account.finess, label: `${l.account.name} – peut prêter ${countOf(l.lendableUnits, aid.unitLabel)}`, productId: l.productId, suggestedUnits: l.suggestedUnits }))}
            />
          ) : (
            <p>
              <Link href={`/depannages?etablissement=${account.finess}`}>Demander un dépannage urgent pour {account.name}</Link>
            </p>
          )}
        </section>
      ))}
      <h2>Surplus proposés ({offers.length})</h2>
      {offers.length === 0 && <p>Aucun surplus proposé pour l&apos;instant.</p>}
      {broker &&
        offers.map((offer) => (
          <section key={offer.id} aria-label={`Surplus n° ${offer.number}`} className="fr-mb-2w">
            <p>
              N° {offer.number} : {offer.lender.name} propose {countOf(offer.requestedUnits, offer.unitLabel)} – {offer.productName}
            </p>
            <AssignOfferForm exchangeId={offer.id} offeredUnits={offer.requestedUnits} borrowers={borrowers.filter((b) => b.finess !== offer.lender.finess)} />
          </section>
        ))}
      <h2>Tous les échanges de la région</h2>
      <ExchangeList exchanges={exchanges} headingLevel="h3" />
    </>
  );
}
