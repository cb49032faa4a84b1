"use client";

import { setSpfCapacityThresholdAction } from "@/app/(admin)/admin/quotas/actions";
import { TextField } from "@/components/ui/text-field";
import { formatCount } from "@/lib/domain/wording/french";
import type { SpfCapacityThresholdFormInput } from "@/lib/schemas/quota";
import { ActionForm } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-form";

/** The capacity (beds and places) from which Santé publique France delivers an establishment directly. */
export function SpfThresholdForm({ value }: { value: number }) {
  const { field, shell } = useActionForm<SpfCapacityThresholdFormInput, { spfCapacityThreshold: number }>({
    schema: () => import("@/lib/schemas/quota").then((m) => m.spfCapacityThresholdSchema),
    action: setSpfCapacityThresholdAction,
    defaultValues: { spfCapacityThreshold: String(value) },
    success: ({ spfCapacityThreshold }) => `Seuil enregistré : livraison directe par Santé publique France à partir de ${formatCount(spfCapacityThreshold)} lits et places.`,
  });
  return (
    <ActionForm shell={shell} submitLabel="Enregistrer le seuil">
      <TextField id="spf-threshold" label="Seuil de livraison directe, en lits et places" hint="Nombre entier, au moins 1" inputMode="numeric" {...field("spfCapacityThreshold")} />
    </ActionForm>
  );
}
