"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { registerAction } from "@/app/(etablissement)/inscription/actions";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";
import { TextField } from "@/components/ui/text-field";
import { registrationSchema, type RegistrationInput } from "@/lib/schemas/registration";

export function RegistrationForm() {
  const router = useRouter();
  const { outcome, setOutcome } = useOutcome();
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationInput>({ resolver: zodResolver(registrationSchema), shouldFocusError: true });

  const onSubmit = handleSubmit(async (values) => {
    setOutcome(null);
    const result = await settle(registerAction(values));
    if (result.ok) {
      router.push("/accueil");
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages?.[0]) setError(field as keyof RegistrationInput, { message: messages[0] });
    }
    setOutcome(result);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionOutcome outcome={outcome} />
      <TextField id="jobTitle" label="Votre fonction" hint="Par exemple : cadre de santé, pharmacien, responsable logistique" autoComplete="organization-title" error={errors.jobTitle?.message} {...register("jobTitle")} />
      <TextField id="phone" label="Votre téléphone" type="tel" autoComplete="tel" error={errors.phone?.message} {...register("phone")} />
      <TextField id="deliveryContactName" label="Contact pour les livraisons" hint="La personne ou le service qui réceptionne les colis" error={errors.deliveryContactName?.message} {...register("deliveryContactName")} />
      <TextField id="deliveryContactPhone" label="Téléphone du contact livraison" type="tel" error={errors.deliveryContactPhone?.message} {...register("deliveryContactPhone")} />
      <TextField id="openingHours" label="Jours et horaires de réception des livraisons" hint="Par exemple : du lundi au vendredi, 8h–16h" error={errors.openingHours?.message} {...register("openingHours")} />
      <button type="submit" className="fr-btn" disabled={isSubmitting}>
        {isSubmitting ? "Enregistrement…" : "Terminer mon inscription"}
      </button>
    </form>
  );
}
