"use client";

import { requestApeAction } from "@/app/(etablissement)/ape/actions";
import { ActionForm } from "@/components/ui/action-form";
import { TextAreaField } from "@/components/ui/text-area-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { RequestApeInput } from "@/lib/schemas/requests";

export function ApeRequestForm() {
  const { field, shell } = useActionForm<RequestApeInput, unknown>({
    schema: () => import("@/lib/schemas/requests").then((m) => m.requestApeSchema),
    action: requestApeAction,
    defaultValues: { motivation: "" },
    success: () => "Demande envoyée à votre ARS : vous verrez sa décision sur cette page.",
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} legend="Demander le rôle d'administrateur principal" submitLabel="Envoyer la demande à l'ARS" outcomeTestId="ape-request-outcome">
      <TextAreaField id="ape-motivation" label="Motivation" hint="Votre fonction dans l'établissement et pourquoi vous gérerez les accès de ses utilisateurs" {...field("motivation")} />
    </ActionForm>
  );
}
