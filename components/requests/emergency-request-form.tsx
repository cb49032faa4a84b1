"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { fileEmergencyRequestAction } from "@/app/(ars)/depannages/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import { TextField } from "@/components/ui/text-field";
import { fileEmergencySchema, type FileEmergencyInput } from "@/lib/schemas/requests";
import { EstablishmentOptions } from "./establishment-options";
import { TextAreaField } from "./text-area-field";
import { countOf } from "@/lib/domain/wording/french";

export interface EmergencyProduct {
  id: string;
  name: string;
  packSize: number;
  unitLabel: string;
  stockUnits: number;
}


/** An ARS asks the crisis centre for EPI for one establishment of its region. */
export function EmergencyRequestForm({
  products,
  establishments,
  establishmentFiness = "",
}: {
  products: EmergencyProduct[];
  establishments: Array<{ finess: string; name: string }>;
  establishmentFiness?: string;
}) {
  const { outcome, run } = useOutcome();
  const defaultValues: FileEmergencyInput = { establishmentFiness, reason: "", localAidTried: "", lines: products.map((p) => ({ productId: p.id, packs: 0 })) };
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FileEmergencyInput>({ resolver: zodResolver(fileEmergencySchema), defaultValues });
  const onSubmit = handleSubmit((values) =>
    run(fileEmergencyRequestAction(values), () => "Demande transmise au centre de crise sanitaire : sa décision apparaîtra ci-dessous.", () => reset(defaultValues)),
  );
  const linesError = errors.lines?.root?.message ?? errors.lines?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w">
      <fieldset className="fr-fieldset">
        <legend className="fr-fieldset__legend">Nouvelle demande de dépannage urgent</legend>
        <div className="fr-fieldset__element">
          <TextField
            id="emergency-finess"
            label="FINESS géographique de l'établissement à livrer"
            hint="9 caractères ; la liste propose les établissements de votre région"
            list="emergency-establishments"
            autoComplete="off"
            error={errors.establishmentFiness?.message}
            {...register("establishmentFiness")}
          />
          <EstablishmentOptions id="emergency-establishments" establishments={establishments} />
        </div>
        <div className="fr-fieldset__element">
          <div className="fr-table fr-table--sm">
            <table>
              <caption>Produits demandés, en boîtes</caption>
              <thead>
                <tr>
                  <th scope="col">Produit</th>
                  <th scope="col">Stock national</th>
                  <th scope="col">Boîtes</th>
                </tr>
              </thead>
              <tbody>
                {products.map((product, index) => (
                  <tr key={product.id}>
                    <th scope="row">{product.name}</th>
                    <td>
                      {countOf(product.stockUnits, product.unitLabel)}
                    </td>
                    <td>
                      <input type="hidden" {...register(`lines.${index}.productId`)} />
                      <input
                        className={`fr-input${errors.lines?.[index]?.packs ? " fr-input--error" : ""}`}
                        type="number"
                        min={0}
                        inputMode="numeric"
                        aria-label={`Nombre de boîtes : ${product.name}`}
                        aria-invalid={errors.lines?.[index]?.packs ? true : undefined}
                        {...register(`lines.${index}.packs`)}
                      />
                      {errors.lines?.[index]?.packs && <p className="fr-error-text">{errors.lines[index].packs.message}</p>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {linesError && (
            <p className="fr-error-text" role="alert">
              {linesError}
            </p>
          )}
        </div>
        <div className="fr-fieldset__element">
          <TextAreaField id="emergency-reason" label="Motif de l'urgence" hint="Ce qui manque, pourquoi, depuis quand" error={errors.reason?.message} {...register("reason")} />
        </div>
        <div className="fr-fieldset__element">
          <TextAreaField
            id="emergency-local-aid"
            label="Ce qui a été tenté localement"
            hint="La circulaire privilégie d'abord les dépannages entre établissements proches : voisins sollicités, prêts obtenus ou refusés"
            error={errors.localAidTried?.message}
            {...register("localAidTried")}
          />
        </div>
        <div className="fr-fieldset__element">
          <button type="submit" className="fr-btn" disabled={isSubmitting}>
            Transmettre au centre de crise
          </button>
        </div>
      </fieldset>
      <ActionOutcome outcome={outcome} testId="emergency-request-outcome" />
    </form>
  );
}
