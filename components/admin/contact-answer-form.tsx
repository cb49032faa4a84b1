"use client";

import { answerContactMessageAction } from "@/app/(admin)/admin/messages/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ContactAnswerInput } from "@/lib/schemas/contact";

/**
 * The national admin's answer to one contact message, e-mailed to its sender. Once recorded, the page is reloaded
 * with `?reponse=envoyee`: it says, from what is stored, whether the e-mail left or still waits for the relay.
 */
export function ContactAnswerForm({ messageId, senderEmail }: { messageId: string; senderEmail: string }) {
  const { field, register, shell } = useActionForm<ContactAnswerInput, unknown>({
    schema: () => import("@/lib/schemas/contact").then((m) => m.contactAnswerSchema),
    action: answerContactMessageAction,
    defaultValues: { messageId, answer: "" },
    navigateTo: () => `/admin/messages/${encodeURIComponent(messageId)}?reponse=envoyee`,
  });
  return (
    <ActionForm shell={shell} submitLabel="Envoyer la réponse">
      <input type="hidden" {...register("messageId")} />
      <TextAreaField
        id="contact-answer"
        label="Votre réponse"
        hint={`Envoyée par courriel à ${senderEmail}, suivie de son message.`}
        rows={8}
        {...field("answer")}
      />
    </ActionForm>
  );
}
