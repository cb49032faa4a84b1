import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { DeliveryContactForm } from "@/components/registration/delivery-contact-form";
import { actorWith } from "@/lib/server/guards";
import { deliveryContactOf } from "@/lib/server/delivery-contact";
import { getEstablishmentSummary } from "@/lib/server/repositories/establishments";

export const metadata: Metadata = { title: "Contact de livraison" };

export default async function DeliveryContactPage() {
  const actor = await actorWith("delivery-contact.edit");
  if (!actor) return <AccessDenied need="delivery-contact.edit" />;
  const [contact, establishment] = await Promise.all([
    deliveryContactOf(actor.id),
    actor.establishmentFiness ? getEstablishmentSummary(actor.establishmentFiness) : null,
  ]);
  return (
    <>
      <h1>Contact de livraison</h1>
      <p>
        La personne ou le service qui réceptionne les colis de vos commandes
        {establishment && ` pour ${establishment.name} (FINESS ${establishment.finess})`}, et les jours et horaires de
        réception. La logistique les lit sur la liste de préparation de vos prochaines commandes.
      </p>
      <DeliveryContactForm current={contact} />
    </>
  );
}
