"use client";

import { updateDeliveryContactAction } from "@/app/(etablissement)/contact-livraison/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { DeliveryContactInput } from "@/lib/schemas/registration";

/** Who receives the parcels and when, as given at registration, changed at any time. */
export function DeliveryContactForm({ current }: { current: DeliveryContactInput }) {
  const { field, shell } = useActionForm<DeliveryContactInput, unknown>({
    schema: () => import("@/lib/schemas/registration").then((m) => m.deliveryContactSchema),
    action: updateDeliveryContactAction,
    defaultValues: current,
    success: () => "Contact de livraison enregistré : il figure sur la liste de préparation de vos prochaines commandes.",
  });
  return (
    <ActionForm shell={shell} submitLabel="Enregistrer le contact de livraison" pendingLabel="Enregistrement…">
      <TextField id="deliveryContactName" label="Contact pour les livraisons" hint="La personne ou le service qui réceptionne les colis" {...field("deliveryContactName")} />
      <TextField id="deliveryContactPhone" label="Téléphone du contact livraison" type="tel" {...field("deliveryContactPhone")} />
      <TextField id="openingHours" label="Jours et horaires de réception des livraisons" hint="Par exemple : du lundi au vendredi, 8h–16h" {...field("openingHours")} />
    </ActionForm>
  );
}
