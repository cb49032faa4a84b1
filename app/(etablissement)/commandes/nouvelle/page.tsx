import type { Metadata } from "next";
import Link from "next/link";
import { RoleRequired } from "@/components/access/access-denied";
import { OrderForm } from "@/components/orders/order-form";
import { orderingContext, requireOrderingAccount } from "@/lib/server/orders/ordering-context";
import { defaultBillingAddress } from "@/lib/server/orders/queries";

export const metadata: Metadata = { title: "Nouvelle commande" };

export default async function NewOrderPage() {
  const { accountFiness, canOrder } = await requireOrderingAccount();
  if (!canOrder) {
    return (
      <>
        <h1>Nouvelle commande</h1>
        <RoleRequired need="order.place" purpose="commander" />
      </>
    );
  }
  const [{ week, establishments, products }, billingAddress] = await Promise.all([orderingContext(accountFiness), defaultBillingAddress(accountFiness)]);
  const stateStock = products.filter((p) => p.inTension);
  const consortium = products.filter((p) => !p.inTension);
  const sites = establishments.length > 1 ? establishments.map((e) => ({ finess: e.finess, name: e.name })) : [];
  return (
    <>
      <h1>Nouvelle commande</h1>
      <p>
        Semaine {week.key}. Les quantités se commandent dans le conditionnement de chaque produit (boîte, paquet, carton ou rouleau). <Link href="/commandes">Voir mes commandes</Link>
      </p>
      <section className="fr-mb-8w" aria-labelledby="state-stock-title">
        <h2 id="state-stock-title">Sur stock de l&apos;État – gratuit, contingenté</h2>
        {stateStock.length ? (
          <>
            <p>Produits en tension : servis par le stock de l&apos;État, dans la limite de votre contingent hebdomadaire.</p>
            <OrderForm kind="STATE_STOCK" products={stateStock} deliverySites={sites} submitLabel="Commander sur stock de l'État" />
          </>
        ) : (
          <p>Aucun EPI n&apos;est en tension : tout se commande auprès du groupement RESAH – UniHA.</p>
        )}
      </section>
      <section aria-labelledby="consortium-title">
        <h2 id="consortium-title">Auprès du groupement RESAH – UniHA – payant</h2>
        {consortium.length ? (
          <>
            <p>
              Hors tension, les EPI s&apos;achètent aux prix du marché national : le portail transmet la commande au groupement, qui la
              confirme, vous la facture et la livre. Un récapitulatif vous est présenté avant l&apos;envoi.
            </p>
            <OrderForm kind="CONSORTIUM" products={consortium} deliverySites={sites} billingAddress={billingAddress} submitLabel="Vérifier la commande" />
          </>
        ) : (
          <p>Tous les EPI sont en tension : ils se commandent sur le stock de l&apos;État.</p>
        )}
      </section>
    </>
  );
}
