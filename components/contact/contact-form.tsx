"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useEffect, useRef, useState, useSyncExternalStore } from "react";
import { useForm } from "react-hook-form";
import { sendContactMessageAction } from "@/app/(public)/contact/actions";
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

type Outcome = { kind: "sent" } | { kind: "failed"; message: string };

// The topic starts on the select's "Choisissez un sujet" option, whose empty value the schema refuses.
const EMPTY: ContactMessageInput = { name: "", email: "", finess: "", topic: "" as ContactMessageInput["topic"], message: "" };

const subscribeNever = () => () => {};

/** False in the server's HTML, true once React runs: before that, a click would submit the form natively. */
function useHydrated(): boolean {
  return useSyncExternalStore(subscribeNever, () => true, () => false);
}

const UNREACHABLE = "Le message n'a pas pu être envoyé : la connexion au portail a échoué. Réessayez dans un instant.";

export function ContactForm() {
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<ContactMessageInput, unknown, ContactMessage>({ resolver: zodResolver(contactMessageSchema), defaultValues: EMPTY });
  const hydrated = useHydrated();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The alert takes focus so that keyboard and screen reader users land on the result of their submission.
  useEffect(() => {
    outcomeRef.current?.focus();
  }, [outcome]);

  async function send(data: ContactMessage) {
    setOutcome(null);
    const result = await sendContactMessageAction(data).catch(() => null);
    if (!result) {
      setOutcome({ kind: "failed", message: UNREACHABLE });
      return;
    }
    if (result.ok) {
      reset(EMPTY);
      setOutcome({ kind: "sent" });
      return;
    }
    const fieldErrors = Object.entries(result.fieldErrors ?? {}).filter(([field]) => field in EMPTY);
    fieldErrors.forEach(([field, messages], index) =>
      setError(field as keyof ContactMessageInput, { message: messages?.[0] }, { shouldFocus: index === 0 }),
    );
    if (!fieldErrors.length) setOutcome({ kind: "failed", message: result.error });
  }

  return (
    <>
      {outcome?.kind === "sent" && (
        <div ref={outcomeRef} tabIndex={-1} role="status" className="fr-alert fr-alert--success fr-mb-4w">
          <h2 className="fr-alert__title">Message envoyé</h2>
          <p>Votre message a bien été enregistré. L&apos;équipe du portail vous répondra par courriel.</p>
        </div>
      )}
      {outcome?.kind === "failed" && (
        <div ref={outcomeRef} tabIndex={-1} role="alert" className="fr-alert fr-alert--error fr-mb-4w">
          <h2 className="fr-alert__title">Message non envoyé</h2>
          <p>{outcome.message}</p>
        </div>
      )}
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
