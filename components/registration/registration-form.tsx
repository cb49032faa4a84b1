"use client";

import { registerAction } from "@/app/(etablissement)/inscription/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { registrationSchema, type RegistrationInput } from "@/lib/schemas/registration";

export function RegistrationForm() {
  const { register, errors, shell } = useActionForm<RegistrationInput, unknown>({
    schema: registrationSchema,
    action: registerAction,
    defaultValues: { jobTitle: "", phone: "", deliveryContactName: "", deliveryContactPhone: "", openingHours: "" },
    navigateTo: () => "/accueil",
  });
  return (
    <ActionForm shell={shell} submitLabel="Terminer mon inscription" pendingLabel="Enregistrement…">
      <TextField id="jobTitle" label="Votre fonction" hint="Par exemple : cadre de santé, pharmacien, responsable logistique" autoComplete="organization-title" error={errors.jobTitle?.message} {...register("jobTitle")} />
      <TextField id="phone" label="Votre téléphone" type="tel" autoComplete="tel" error={errors.phone?.message} {...register("phone")} />
      <TextField id="deliveryContactName" label="Contact pour les livraisons" hint="La personne ou le service qui réceptionne les colis" error={errors.deliveryContactName?.message} {...register("deliveryContactName")} />
      <TextField id="deliveryContactPhone" label="Téléphone du contact livraison" type="tel" error={errors.deliveryContactPhone?.message} {...register("deliveryContactPhone")} />
      <TextField id="openingHours" label="Jours et horaires de réception des livraisons" hint="Par exemple : du lundi au vendredi, 8h–16h" error={errors.openingHours?.message} {...register("openingHours")} />
    </ActionForm>
  );
}
