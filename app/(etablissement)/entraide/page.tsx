import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { ExchangeList } from "@/components/mutual-aid/exchange-list";
import { LenderTable, weeksText } from "@/components/mutual-aid/lender-proposals";
import { LoanRequestForm } from "@/components/mutual-aid/loan-request-form";
import { SurplusOfferForm } from "@/components/mutual-aid/surplus-offer-form";
import { lendableUnits } from "@/lib/domain/mutual-aid/lenders";
import { countOf, inSentence } from "@/lib/domain/wording/french";
import { actorWith } from "@/lib/server/guards";
import { localAidFor } from "@/lib/server/mutual-aid/local-aid";
import { accountContacts } from "@/lib/server/mutual-aid/places";
import { exchangesOfAccount, productsByCategory } from "@/lib/server/mutual-aid/queries";

export const metadata: Metadata = { title: "Entraide entre établissements" };

export default async function MutualAidPage() {
  const actor = await actorWith("exchange.request");
  if (!actor?.establishmentFiness) return <AccessDenied need={"exchange.request"} />;
  const account = actor.establishmentFiness;
  const now = new Date();
  const [aid, exchanges, products] = await Promise.all([localAidFor(account, now), exchangesOfAccount(account), productsByCategory()]);
  const short = aid?.categories.filter((c) => c.short) ?? [];
  const contacts = await accountContacts(short.flatMap((c) => c.lenders.map((l) => l.account.finess)));
  const spare = aid?.categories.flatMap((c) => {
    const units = lendableUnits(c.cover, now);
    if (!units) return [];
    // « 25 000 gants » says the category already; « 300 masques » needs « (masques FFP2) ».
    const amount = countOf(units, c.unitLabel);
    return [amount.includes(inSentence(c.name)) ? amount : `${amount} (${inSentence(c.name)})`];
  });
  return (
    <>
      <h1>Entraide entre établissements</h1>
      <p>
        En cas de manque, la circulaire demande de privilégier d&apos;abord les dépannages entre établissements proches.
        Voici, pour chaque catégorie d&apos;EPI où votre couverture est sous 3 semaines, les établissements de votre
        département puis de votre région qui en ont plus de 6 semaines, avec ce qu&apos;ils peuvent prêter sans passer
        eux-mêmes sous 3 semaines. Les stocks déclarés bougent quand le prêteur confirme la remise et vous la réception.
      </p>
      <h2>Vos besoins</h2>
      {short.length === 0 && <p data-testid="no-shortage">Aucune catégorie sous 3 semaines de couverture : rien à emprunter pour l&apos;instant.</p>}
      {short.map((category) => (
        <section key={category.code} aria-labelledby={`need-${category.code}`} className="fr-mb-4w">
          <h3 id={`need-${category.code}`}>
            {category.name} : {weeksText(category.cover.weeksOfCover)} de couverture
          </h3>
          <LenderTable aid={category} contacts={contacts} />
          {category.lenders.length > 0 && (
            <LoanRequestForm
              code={category.code}
              products={products.get(category.code) ?? []}
              lenders={category.lenders.map((l) => ({
                finess: l.account.finess,
                label: `${l.account.name} – peut prêter ${countOf(l.lendableUnits, category.unitLabel)}`,
                productId: l.productId,
                suggestedUnits: l.suggestedUnits,
              }))}
            />
          )}
        </section>
      ))}
      <h2>Proposer un surplus</h2>
      <p>
        {spare?.length
          ? `Vous pourriez prêter sans passer sous 3 semaines : ${spare.join(", ")}.`
          : "Proposez à votre ARS le stock que vous pouvez céder ; elle l'attribue à un établissement dans le besoin."}
      </p>
      <SurplusOfferForm products={[...products.values()].flat()} />
      <h2>Mes échanges</h2>
      <ExchangeList exchanges={exchanges} account={account} />
    </>
  );
}
