"use client";

import { openAllocationRoundAction } from "@/app/(admin)/admin/allocation/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { WeekPicker } from "@/components/ui/week-picker";
import type { OpenAllocationRoundFormInput } from "@/lib/schemas/allocation";

interface Props {
  products: Array<{ id: string; name: string }>;
  defaults: { week: string; cutoffOn: string; cutoffTime: string };
}

/** The national admin switches a product in tension to fair allocation for a week. */
export function OpenRoundForm({ products, defaults }: Props) {
  const { field, register, errors, shell } = useActionForm<OpenAllocationRoundFormInput, { week: string }>({
    schema: () => import("@/lib/schemas/allocation").then((m) => m.openAllocationRoundSchema),
    action: openAllocationRoundAction,
    defaultValues: { productId: "", ...defaults },
    success: ({ week }) => `Produit passé en répartition équitable pour la semaine ${week}.`,
  });
  return (
    <ActionForm shell={shell} legend="Passer un produit en répartition équitable" submitLabel="Ouvrir la répartition">
      <SelectField
        id="round-product"
        label="Produit en tension"
        placeholder="Choisir un produit"
        options={products.map((p) => ({ value: p.id, label: p.name }))}
        {...field("productId")}
      />
      <WeekPicker id="round-week" legend="Semaine" hint="La semaine en cours ou une suivante" defaultValue={defaults.week} error={errors.week?.message} field={register("week")} />
      <TextField id="round-cutoff-on" label="Date limite des demandes" type="date" {...field("cutoffOn")} />
      <TextField id="round-cutoff-time" label="Heure limite (heure de Paris)" type="time" {...field("cutoffTime")} />
    </ActionForm>
  );
}
