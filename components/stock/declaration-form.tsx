"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import { declareStockAction } from "@/app/(etablissement)/stock/actions";
import { FormField } from "@/components/ui/form-field";
import { countOf, formatDateTime, inNumber, nounOf } from "@/lib/domain/wording/french";
import { declareStockSchema, type DeclareStockFormInput } from "@/lib/schemas/stock-declaration";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";

export interface DeclarableProduct {
  id: string;
  name: string;
  unitLabel: string;
  /** "1 200 masques au 23/11/2026 10:00", preformatted by the server. */
  lastDeclared: string | null;
}

interface Props {
  products: DeclarableProduct[];
  /** Paris calendar dates bounding the date of count: today and eight weeks back (or the last declaration's day). */
  today: string;
  earliest: string;
}


/** A stock count: units on hand for each product counted (blank = not counted), optionally dated earlier. */
export function DeclarationForm({ products, today, earliest }: Props) {
  const { outcome, run } = useOutcome();
  const blank = { countedOn: "", lines: products.map((p) => ({ productId: p.id, quantity: "" })) };
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<DeclareStockFormInput>({ resolver: zodResolver(declareStockSchema), defaultValues: blank });

  const onSubmit = handleSubmit((values) =>
    run(
      declareStockAction(values),
      ({ count, declaredAt }) => `Déclaration enregistrée : ${countOf(count, "produit")} au ${formatDateTime(new Date(declaredAt))}.`,
      () => reset(blank),
    ),
  );

  const linesError = errors.lines?.root?.message ?? errors.lines?.message;
  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w">
      <ActionOutcome outcome={outcome} testId="declaration-outcome" />
      <FormField
        id="counted-on"
        label="Date du comptage"
        hint="Laissez vide pour un comptage fait aujourd'hui. Au plus 8 semaines en arrière, et pas avant votre déclaration précédente."
        error={errors.countedOn?.message}
      >
        {(control) => <input type="date" min={earliest} max={today} {...control} {...register("countedOn")} />}
      </FormField>
      {linesError && (
        <p className="fr-error-text" role="alert">
          {linesError}
        </p>
      )}
      <div className="fr-table">
        <table>
          <caption className="fr-sr-only">Stock compté par produit</caption>
          <thead>
            <tr>
              <th scope="col">Produit</th>
              <th scope="col">Dernière déclaration</th>
              <th scope="col">Stock compté (unités)</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product, index) => {
              const error = errors.lines?.[index]?.quantity?.message;
              const inputId = `stock-${product.id}`;
              return (
                <tr key={product.id}>
                  <th scope="row">{product.name}</th>
                  <td>{product.lastDeclared ?? "Jamais déclaré"}</td>
                  <td>
                    <input type="hidden" {...register(`lines.${index}.productId`)} />
                    <label className="fr-label fr-sr-only" htmlFor={inputId}>
                      Stock compté en {inNumber(2, nounOf(product.unitLabel))} : {product.name}
                    </label>
                    <input
                      id={inputId}
                      className={`fr-input${error ? " fr-input--error" : ""}`}
                      type="number"
                      min={0}
                      step={1}
                      inputMode="numeric"
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? `${inputId}-error` : undefined}
                      {...register(`lines.${index}.quantity`)}
                    />
                    {error && (
                      <p className="fr-error-text" id={`${inputId}-error`}>
                        {error}
                      </p>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="submit" className="fr-btn" disabled={isSubmitting}>
        {isSubmitting ? "Envoi…" : "Enregistrer la déclaration"}
      </button>
    </form>
  );
}
