"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useSyncExternalStore } from "react";
import { useForm } from "react-hook-form";
import { sendContactMessageAction } from "@/app/(public)/contact/actions";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";
import { FormField } from "@/components/ui/form-field";
import {
  CONTACT_LIMITS,
  CONTACT_TOPIC_LABELS,
  CONTACT_TOPICS,
  contactMessageSchema,
  formatCount,
  type ContactMessage,
  type ContactMessageInput,
} from "@/lib/schemas/contact";

// The topic starts on the select's "Choisissez un sujet" option, whose empty value the schema refuses.
const EMPTY: ContactMessageInput = { name: "", email: "", finess: "", topic: "" as ContactMessageInput["topic"], message: "" };

const subscribeNever = () => () => {};

/** False in the server's HTML, true once React runs: before that, a click would submit the form natively. */
function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

export function ContactForm() {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ContactMessageInput, unknown, ContactMessage>({ resolver: zodResolver(contactMessageSchema), defaultValues: EMPTY });
  const hydrated = useHydrated();
  const { outcome, setOutcome } = useOutcome();

  async function send(data: ContactMessage) {
    setOutcome(null);
    const result = await settle(sendContactMessageAction(data));
    if (result.ok) {
      reset(EMPTY);
      setOutcome({ ok: true, text: "Votre message a bien été enregistré. L'équipe du portail vous répondra par courriel." });
      return;
    }
    const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([field]) => field in EMPTY);
    fieldErrors.forEach(([field, messages], index) =>
      setError(field as keyof ContactMessageInput, { message: messages?.[0] }, { shouldFocus: index === 0 }),
    );
    if (!fieldErrors.length) setOutcome(result);
  }

  return (
    <>
      <ActionOutcome outcome={outcome} title={outcome?.ok ? "Message envoyé" : "Message non envoyé"} />
      <form noValidate onSubmit={handleSubmit(send, () => setOutcome(null))}>
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
        <FormField id="contact-topic" kind="select" label="Sujet" error={errors.topic?.message}>
          {(control) => (
            <select {...control} {...register("topic")}>
              <option value="">Choisissez un sujet</option>
              {CONTACT_TOPICS.map((topic) => (
                <option key={topic} value={topic}>
                  {CONTACT_TOPIC_LABELS[topic]}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id="contact-message"
          label="Votre message"
          hint={`Entre ${CONTACT_LIMITS.messageMin} et ${formatCount(CONTACT_LIMITS.messageMax)} caractères`}
          error={errors.message?.message}
        >
          {(control) => <textarea {...control} rows={8} {...register("message")} />}
        </FormField>
        <button type="submit" className="fr-btn" disabled={!hydrated || isSubmitting}>
          {isSubmitting ? "Envoi en cours…" : "Envoyer le message"}
        </button>
      </form>
    </>
  );
}
