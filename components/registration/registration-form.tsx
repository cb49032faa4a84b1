"use client";

import { registerAction } from "@/app/(etablissement)/inscription/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { RegistrationInput } from "@/lib/schemas/registration";

/** A FINESS the user may register for, as the referential names and places it (lib/server/registration.ts). */
export interface RegistrationChoiceView {
  finess: string;
  name: string;
  address: string;
}

/**
 * First-login registration: which establishment the e-mail binds to (a choice when the PLAGE account carries several
 * profiles that may enter, the guide's « celui renseigné dans le formulaire d'inscription »), then what PLAGE does not say.
 */
export function RegistrationForm({ choices }: { choices: readonly RegistrationChoiceView[] }) {
  const { field, register, errors, shell } = useActionForm<RegistrationInput, unknown>({
    schema: () => import("@/lib/schemas/registration").then((m) => m.registrationSchema),
    action: registerAction,
    defaultValues: { finess: choices[0]?.finess ?? "", jobTitle: "", phone: "", deliveryContactName: "", deliveryContactPhone: "", openingHours: "" },
    navigateTo: () => "/accueil",
  });
  return (
    <ActionForm shell={shell} submitLabel="Terminer mon inscription" pendingLabel="Enregistrement…">
      {/* One establishment: its FINESS travels in the form's values (defaultValues), shown above the form. */}
      {choices.length > 1 && (
        // The DSFR radio group's own markup: react-dsfr's RadioButtons would bring its library (~14 kB gzipped).
        <fieldset
          id="finess-choice"
          className={`fr-fieldset${errors.finess ? " fr-fieldset--error" : ""}`}
          aria-labelledby="finess-choice-legend finess-choice-messages"
          role={errors.finess ? "group" : undefined}
        >
          <legend id="finess-choice-legend" className="fr-fieldset__legend fr-text--regular" aria-describedby={errors.finess ? "finess-choice-error" : undefined}>
            Établissement pour lequel vous vous inscrivez
            <span className="fr-hint-text">Votre compte PLAGE porte plusieurs FINESS : votre adresse électronique sera rattachée au seul FINESS choisi.</span>
          </legend>
          <div className="fr-fieldset__content">
            {choices.map((choice, index) => (
              <div key={choice.finess} className="fr-radio-group">
                <input type="radio" id={`finess-choice-${index}`} {...register("finess")} value={choice.finess} />
                <label className="fr-label" htmlFor={`finess-choice-${index}`}>
                  {`${choice.name} (FINESS ${choice.finess})`}
                  <span className="fr-hint-text">{choice.address}</span>
                </label>
              </div>
            ))}
          </div>
          <div className="fr-messages-group" id="finess-choice-messages" aria-live={errors.finess ? "assertive" : undefined}>
            {errors.finess && (
              <p id="finess-choice-error" className="fr-message fr-message--error">
                {errors.finess.message}
              </p>
            )}
          </div>
        </fieldset>
      )}
      <TextField id="jobTitle" label="Votre fonction" hint="Par exemple : cadre de santé, pharmacien, responsable logistique" autoComplete="organization-title" {...field("jobTitle")} />
      <TextField id="phone" label="Votre téléphone" type="tel" autoComplete="tel" {...field("phone")} />
      <TextField id="deliveryContactName" label="Contact pour les livraisons" hint="La personne ou le service qui réceptionne les colis" {...field("deliveryContactName")} />
      <TextField id="deliveryContactPhone" label="Téléphone du contact livraison" type="tel" {...field("deliveryContactPhone")} />
      <TextField id="openingHours" label="Jours et horaires de réception des livraisons" hint="Par exemple : du lundi au vendredi, 8h–16h" {...field("openingHours")} />
    </ActionForm>
  );
}
