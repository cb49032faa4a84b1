"use client";

import { sendContactMessageAction } from "@/app/(public)/contact/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormField } from "@/components/ui/form-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CONTACT_LIMITS, CONTACT_TOPIC_LABELS, CONTACT_TOPICS, formatCount } from "@/lib/domain/contact/message-form";
import type { ContactMessageInput } from "@/lib/schemas/contact";
import { labelledOptions, SelectField } from "@/components/ui/select-field";

// The topic starts on the select's "Choisissez un sujet" option, whose empty value the schema refuses.
const EMPTY: ContactMessageInput = { name: "", email: "", finess: "", topic: "" as ContactMessageInput["topic"], message: "" };

export function ContactForm() {
  const { register, errors, outcome, shell } = useActionForm<ContactMessageInput, unknown>({
    schema: () => import("@/lib/schemas/contact").then((m) => m.contactMessageSchema),
    action: sendContactMessageAction,
    defaultValues: EMPTY,
    success: () => "Votre message a bien été enregistré. L'équipe du portail vous répondra par courriel.",
    resetOnSuccess: true,
  });
  return (
    <ActionForm
      shell={shell}
      className=""
      submitLabel="Envoyer le message"
      pendingLabel="Envoi en cours…"
      outcomeTitle={outcome?.ok ? "Message envoyé" : "Message non envoyé"}
    >
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
      <FormField id="contact-name" label="Nom et prénom" error={errors.name?.message}>
        {(control) => <input {...control} type="text" autoComplete="name" {...register("name")} />}
      </FormField>
      <FormField id="contact-email" label="Adresse électronique" hint="Format attendu : nom@domaine.fr" error={errors.email?.message}>
        {(control) => <input {...control} type="email" autoComplete="email" spellCheck={false} {...register("email")} />}
      </FormField>
      <FormField
        id="contact-finess"
        label="Numéro FINESS de l'établissement (facultatif)"
        hint="9 caractères, tels qu'ils figurent sur le site FINESS"
        error={errors.finess?.message}
      >
        {(control) => <input {...control} type="text" autoComplete="off" spellCheck={false} {...register("finess")} />}
      </FormField>
      <SelectField id="contact-topic" label="Sujet" placeholder="Choisissez un sujet" options={labelledOptions(CONTACT_TOPICS, CONTACT_TOPIC_LABELS)} error={errors.topic?.message} {...register("topic")} />
      <FormField
        id="contact-message"
        label="Votre message"
        hint={`Entre ${CONTACT_LIMITS.messageMin} et ${formatCount(CONTACT_LIMITS.messageMax)} caractères`}
        error={errors.message?.message}
      >
        {(control) => <textarea {...control} rows={8} {...register("message")} />}
      </FormField>
    </ActionForm>
  );
}
