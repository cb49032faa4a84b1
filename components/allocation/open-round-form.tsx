"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { openAllocationRoundAction } from "@/app/(admin)/admin/allocation/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { FormField } from "@/components/ui/form-field";
import { TextField } from "@/components/ui/text-field";
import { WeekPicker } from "@/components/ui/week-picker";
import { openAllocationRoundSchema, type OpenAllocationRoundFormInput } from "@/lib/schemas/allocation";

interface Props {
  products: Array<{ id: string; name: string }>;
  defaults: { week: string; cutoffOn: string; cutoffTime: string };
}

/** The national admin switches a product in tension to fair allocation for a week. */
export function OpenRoundForm({ products, defaults }: Props) {
  const { outcome, run } = useOutcome();
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<OpenAllocationRoundFormInput>({ resolver: zodResolver(openAllocationRoundSchema), defaultValues: { productId: "", ...defaults } });
  const onSubmit = handleSubmit((values) => run(openAllocationRoundAction(values), ({ week }) => `Produit passé en répartition équitable pour la semaine ${week}.`));
  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w">
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Passer un produit en répartition équitable</legend>
        <div className="fr-fieldset__element">
          <ActionOutcome outcome={outcome} />
        </div>
        <div className="fr-fieldset__element">
          <FormField id="round-product" label="Produit en tension" kind="select" error={errors.productId?.message}>
            {(control) => (
              <select {...control} {...register("productId")}>
                <option value="" disabled>
                  Choisir un produit
                </option>
                {products.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
        <div className="fr-fieldset__element">
          <WeekPicker id="round-week" legend="Semaine" hint="La semaine en cours ou une suivante" defaultValue={defaults.week} error={errors.week?.message} field={register("week")} />
        </div>
        <div className="fr-fieldset__element">
          <TextField id="round-cutoff-on" label="Date limite des demandes" type="date" error={errors.cutoffOn?.message} {...register("cutoffOn")} />
        </div>
        <div className="fr-fieldset__element">
          <TextField id="round-cutoff-time" label="Heure limite (heure de Paris)" type="time" error={errors.cutoffTime?.message} {...register("cutoffTime")} />
        </div>
        <div className="fr-fieldset__element">
          <button type="submit" className="fr-btn" disabled={isSubmitting}>
            Ouvrir la répartition
          </button>
        </div>
      </fieldset>
    </form>
  );
}
