"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { placeOrderAction } from "@/app/(etablissement)/commandes/actions";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";
import { describeShortfall, type ShortfallLine } from "@/lib/domain/orders/refusals";
import { placeOrderSchema, type PlaceOrderInput } from "@/lib/schemas/orders";
import { countOf, formatEuros, formatUnitPrice, packContents, packsOf, type Packaging } from "@/lib/domain/wording/french";

export interface OrderableProduct {
  id: string;
  name: string;
  packSize: number;
  packaging: Packaging;
  unitLabel: string;
  unitPriceCents: number;
  /** State stock only: units of the category still allowed this week. */
  remainingUnits?: number;
}

interface Props {
  kind: PlaceOrderInput["kind"];
  products: OrderableProduct[];
  /** The sites of a public multi-site EJ; empty for an ET. */
  deliverySites: Array<{ finess: string; name: string }>;
  submitLabel: string;
}

/** What the refusal ORDER_EXCEEDS_LIMITS carries: the lines over a limit, and what fits now. */
type ExceedsLimits = { shortfalls: ShortfallLine[]; counterOffer: Array<{ productId: string; packs: number }> };

export function OrderForm({ kind, products, deliverySites, submitLabel }: Props) {
  const router = useRouter();
  const { outcome, setOutcome } = useOutcome();
  const [pending, setPending] = useState(false);
  const {
    register,
    handleSubmit,
    getValues,
    control,
    formState: { errors, isSubmitting },
  } = useForm<PlaceOrderInput>({
    resolver: zodResolver(placeOrderSchema),
    // One key per order the user means to place: resubmitting the same form cannot place it twice.
    defaultValues: {
      idempotencyKey: crypto.randomUUID(),
      kind,
      deliveryFiness: deliverySites[0]?.finess,
      lines: products.map((p) => ({ productId: p.id, packs: 0 })),
    },
  });

  async function submit(input: PlaceOrderInput) {
    setOutcome(null);
    setPending(true);
    const result = await settle(placeOrderAction(input));
    setPending(false);
    if (!result.ok) return setOutcome(result);
    router.push(`/commandes/${result.data.number}`);
    router.refresh();
  }

  const exceeded = outcome && !outcome.ok && outcome.code === "ORDER_EXCEEDS_LIMITS" ? (outcome.details as ExceedsLimits) : null;
  const acceptCounterOffer = () =>
    exceeded && submit({ idempotencyKey: crypto.randomUUID(), kind, deliveryFiness: getValues("deliveryFiness"), lines: exceeded.counterOffer });

  const lines = useWatch({ control, name: "lines" });
  const totalCents = products.reduce((sum, p, i) => sum + (Number(lines?.[i]?.packs) || 0) * p.packSize * p.unitPriceCents, 0);

  return (
    <form onSubmit={handleSubmit(submit)} noValidate>
      <ActionOutcome outcome={outcome} testId={exceeded ? "limits-exceeded" : undefined} title={exceeded ? "Commande non enregistrée : quantité au-delà de la limite" : undefined}>
        {exceeded && (
          <>
            <ul>
              {exceeded.shortfalls.map((shortfall) => (
                <li key={shortfall.productId}>{describeShortfall(shortfall)}</li>
              ))}
            </ul>
            {exceeded.counterOffer.length > 0 ? (
              <button type="button" className="fr-btn fr-mt-2w" onClick={acceptCounterOffer} disabled={pending}>
                Commander ce qui reste :{" "}
                {exceeded.counterOffer
                  .map((l) => {
                    const product = products.find((p) => p.id === l.productId);
                    return `${packsOf(l.packs, product?.packaging)} de ${product?.name ?? "produit retiré"}`;
                  })
                  .join(", ")}
              </button>
            ) : (
              <p>Aucune quantité n&apos;est disponible cette semaine pour ces produits.</p>
            )}
          </>
        )}
      </ActionOutcome>
      {errors.lines?.root?.message || errors.lines?.message ? (
        <p className="fr-error-text" role="alert">
          {errors.lines?.root?.message ?? errors.lines?.message}
        </p>
      ) : null}
      {deliverySites.length > 1 && (
        <div className="fr-select-group">
          <label className="fr-label" htmlFor={`${kind}-delivery`}>
            Site à livrer
          </label>
          <select className="fr-select" id={`${kind}-delivery`} {...register("deliveryFiness")}>
            {deliverySites.map((site) => (
              <option key={site.finess} value={site.finess}>
                {site.name} ({site.finess})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="fr-table">
        <table>
          <caption className="fr-sr-only">Produits</caption>
          <thead>
            <tr>
              <th scope="col">Produit</th>
              <th scope="col">{kind === "STATE_STOCK" ? "Reste cette semaine" : "Prix unitaire"}</th>
              <th scope="col">Nombre de boîtes</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product, index) => {
              const error = errors.lines?.[index]?.packs?.message;
              const inputId = `${kind}-packs-${product.id}`;
              return (
                <tr key={product.id}>
                  <td>
                    {product.name}
                    <br />
                    <span className="fr-text--sm">
                      {packContents(product.packSize, product.unitLabel, product.packaging)}
                    </span>
                  </td>
                  <td>
                    {kind === "STATE_STOCK"
                      ? `${countOf(product.remainingUnits ?? 0, product.unitLabel)} (${packsOf(Math.floor((product.remainingUnits ?? 0) / product.packSize), product.packaging)})`
                      : `${formatUnitPrice(product.unitPriceCents)} / ${product.unitLabel}`}
                  </td>
                  <td>
                    <input type="hidden" {...register(`lines.${index}.productId`)} />
                    <label className="fr-label fr-sr-only" htmlFor={inputId}>
                      Nombre de boîtes : {product.name}
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
                      {...register(`lines.${index}.packs`)}
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
      {kind === "CONSORTIUM" && (
        <p className="fr-text--lead" aria-live="polite">
          Total : <strong data-testid="consortium-total">{formatEuros(totalCents)}</strong>
        </p>
      )}
      <button type="submit" className="fr-btn" disabled={isSubmitting || pending}>
        {isSubmitting || pending ? "Envoi…" : submitLabel}
      </button>
    </form>
  );
}
