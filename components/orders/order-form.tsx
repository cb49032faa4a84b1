"use client";

import { useWatch } from "react-hook-form";
import { placeOrderAction } from "@/app/(etablissement)/commandes/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ListError } from "@/components/ui/list-error";
import { QuantityInput } from "@/components/ui/quantity-input";
import { useActionForm } from "@/components/ui/use-action-form";
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
  const { register, errors, control, getValues, outcome, send, shell } = useActionForm<PlaceOrderInput, { number: number }>({
    schema: placeOrderSchema,
    action: placeOrderAction,
    // One key per order the user means to place: resubmitting the same form cannot place it twice.
    defaultValues: {
      idempotencyKey: crypto.randomUUID(),
      kind,
      deliveryFiness: deliverySites[0]?.finess,
      lines: products.map((p) => ({ productId: p.id, packs: 0 })),
    },
    navigateTo: ({ number }) => `/commandes/${number}`,
  });

  const exceeded = outcome && !outcome.ok && outcome.code === "ORDER_EXCEEDS_LIMITS" ? (outcome.details as ExceedsLimits) : null;
  const acceptCounterOffer = () =>
    exceeded && send({ idempotencyKey: crypto.randomUUID(), kind, deliveryFiness: getValues("deliveryFiness"), lines: exceeded.counterOffer });

  const lines = useWatch({ control, name: "lines" });
  const totalCents = products.reduce((sum, p, i) => sum + (Number(lines?.[i]?.packs) || 0) * p.packSize * p.unitPriceCents, 0);

  return (
    <ActionForm
      shell={shell}
      className=""
      submitLabel={submitLabel}
      pendingLabel="Envoi…"
      outcomeTestId={exceeded ? "limits-exceeded" : undefined}
      outcomeTitle={exceeded ? "Commande non enregistrée : quantité au-delà de la limite" : undefined}
      outcomeDetails={
        exceeded ? (
          <>
            <ul>
              {exceeded.shortfalls.map((shortfall) => (
                <li key={shortfall.productId}>{describeShortfall(shortfall)}</li>
              ))}
            </ul>
            {exceeded.counterOffer.length > 0 ? (
              <button type="button" className="fr-btn fr-mt-2w" onClick={acceptCounterOffer} disabled={shell.pending}>
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
        ) : undefined
      }
    >
      <ListError error={errors.lines} />
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
            {products.map((product, index) => (
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
                  <QuantityInput id={`${kind}-packs-${product.id}`} label={`Nombre de boîtes : ${product.name}`} error={errors.lines?.[index]?.packs?.message} {...register(`lines.${index}.packs`)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {kind === "CONSORTIUM" && (
        <p className="fr-text--lead" aria-live="polite">
          Total : <strong data-testid="consortium-total">{formatEuros(totalCents)}</strong>
        </p>
      )}
    </ActionForm>
  );
}
