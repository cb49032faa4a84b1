"use client";

import { useEffect, useRef, useState } from "react";
import { useWatch } from "react-hook-form";
import { placeOrderAction } from "@/app/(etablissement)/commandes/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ListError } from "@/components/ui/list-error";
import { QuantityInput } from "@/components/ui/quantity-input";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { describeShortfall, type ShortfallLine } from "@/lib/domain/orders/refusals";
import type { PlaceOrderInput } from "@/lib/schemas/orders";
import { countOf, formatEuros, formatUnitPrice, numberOfPacks, packContents, packsOf, type Packaging } from "@/lib/domain/wording/french";
import { DataTable } from "@/components/ui/data-table";

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
  /** Consortium orders: the address the invoice goes to unless the establishment changes it. */
  billingAddress?: string;
}

/** What the refusal ORDER_EXCEEDS_LIMITS carries: the lines over a limit, and what fits now. */
type ExceedsLimits = { shortfalls: ShortfallLine[]; counterOffer: Array<{ productId: string; packs: number }> };

/**
 * An order of one channel. A state-stock order is sent as filled in; a consortium order (paid, invoiced) first shows
 * its recap — lines at their prices, total, purchase-order number, billing address, delivery — and is sent from there.
 */
export function OrderForm({ kind, products, deliverySites, submitLabel, billingAddress }: Props) {
  const { field, register, errors, control, getValues, trigger, outcome, send, shell } = useActionForm<PlaceOrderInput, { number: number }>({
    schema: () => import("@/lib/schemas/orders").then((m) => m.placeOrderSchema),
    action: placeOrderAction,
    // One key per order the user means to place: resubmitting the same form cannot place it twice.
    defaultValues: {
      idempotencyKey: crypto.randomUUID(),
      kind,
      deliveryFiness: deliverySites[0]?.finess,
      lines: products.map((p) => ({ productId: p.id, packs: 0 })),
      ...(kind === "CONSORTIUM" ? { purchaseOrderNumber: "", billingAddress: billingAddress ?? "" } : {}),
    },
    navigateTo: ({ number }) => `/commandes/${number}`,
  });

  const exceeded = outcome && !outcome.ok && outcome.code === "ORDER_EXCEEDS_LIMITS" ? (outcome.details as ExceedsLimits) : null;
  const acceptCounterOffer = () =>
    exceeded && send({ idempotencyKey: crypto.randomUUID(), kind, deliveryFiness: getValues("deliveryFiness"), lines: exceeded.counterOffer });

  const lines = useWatch({ control, name: "lines" });
  const totalCents = products.reduce((sum, p, i) => sum + (Number(lines?.[i]?.packs) || 0) * p.packSize * p.unitPriceCents, 0);

  // The consortium's recap step: shown once the form is valid, left to change something.
  const recap = kind === "CONSORTIUM";
  const [reviewRequested, setReviewing] = useState(false);
  // A field the server refused is on the edit step: the form goes back there, where it is shown and focused.
  const reviewing = reviewRequested && Object.keys(errors).length === 0;
  const recapHeading = useRef<HTMLHeadingElement>(null);
  const reviewButton = useRef<HTMLButtonElement>(null);
  const wasReviewing = useRef(false);
  useEffect(() => {
    if (reviewing) recapHeading.current?.focus();
    else if (wasReviewing.current) reviewButton.current?.focus();
    wasReviewing.current = reviewing;
  }, [reviewing]);
  async function review() {
    if (await trigger(undefined, { shouldFocus: true })) setReviewing(true);
  }
  const ordered = products.flatMap((product, i) => {
    const packs = Number(lines?.[i]?.packs) || 0;
    return packs > 0 ? [{ product, packs, units: packs * product.packSize, cents: packs * product.packSize * product.unitPriceCents }] : [];
  });
  const values = reviewing ? getValues() : null;
  const deliverySite = values && deliverySites.find((site) => site.finess === values.deliveryFiness);
  const buttons = !recap ? undefined : reviewing ? (
    <ul className="fr-btns-group fr-btns-group--inline-md">
      <li>
        <button type="submit" className="fr-btn" disabled={shell.pending}>
          {shell.pending ? "Envoi…" : "Transmettre la commande au groupement"}
        </button>
      </li>
      <li>
        <button type="button" className="fr-btn fr-btn--secondary" onClick={() => setReviewing(false)} disabled={shell.pending}>
          Modifier la commande
        </button>
      </li>
    </ul>
  ) : (
    <button type="button" className="fr-btn" ref={reviewButton} onClick={review}>
      {submitLabel}
    </button>
  );

  return (
    <ActionForm
      shell={shell}
      className=""
      submitLabel={submitLabel}
      pendingLabel="Envoi…"
      buttons={buttons}
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
      <div hidden={reviewing}>
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
      <DataTable caption="Produits" hideCaption columns={["Produit", kind === "STATE_STOCK" ? "Reste cette semaine" : "Prix unitaire", "Quantité commandée"]}>
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
              <QuantityInput id={`${kind}-packs-${product.id}`} label={`${numberOfPacks(product.packaging)} : ${product.name}`} {...field(`lines.${index}.packs`)} />
            </td>
          </tr>
        ))}
      </DataTable>
      {recap && (
        <>
          <p className="fr-text--lead" aria-live="polite">
            Total : <strong data-testid="consortium-total">{formatEuros(totalCents)}</strong>
          </p>
          <TextField
            id="consortium-purchase-order"
            label="Numéro de bon de commande"
            hint="Celui de votre établissement : la facture du groupement le rappellera."
            autoComplete="off"
            {...field("purchaseOrderNumber")}
          />
          <TextAreaField
            id="consortium-billing-address"
            label="Adresse de facturation"
            hint="Nom, rue, code postal et commune, sur plusieurs lignes si besoin."
            rows={4}
            {...field("billingAddress")}
          />
        </>
      )}
      </div>
      {reviewing && values && (
        <section aria-labelledby="consortium-recap-title" data-testid="consortium-recap" className="fr-mb-4w">
          <h3 id="consortium-recap-title" className="fr-h5" tabIndex={-1} ref={recapHeading}>
            Récapitulatif avant transmission au groupement RESAH – UniHA
          </h3>
          <DataTable
            caption="Produits, prix et total"
            columns={["Produit", "Quantité", "Prix unitaire", "Montant"]}
            footer={
              <tr>
                <th scope="row" colSpan={3}>
                  Total
                </th>
                <td data-testid="recap-total">{formatEuros(totalCents)}</td>
              </tr>
            }
          >
            {ordered.map(({ product, packs, units, cents }) => (
              <tr key={product.id}>
                <td>{product.name}</td>
                <td>
                  {packsOf(packs, product.packaging)} ({countOf(units, product.unitLabel)})
                </td>
                <td>
                  {formatUnitPrice(product.unitPriceCents)} / {product.unitLabel}
                </td>
                <td>{formatEuros(cents)}</td>
              </tr>
            ))}
          </DataTable>
          <ul>
            <li>
              Bon de commande n° <strong data-testid="recap-purchase-order">{values.purchaseOrderNumber?.trim()}</strong>
            </li>
            <li>
              Facturation : <span style={{ whiteSpace: "pre-line" }} data-testid="recap-billing-address">{values.billingAddress?.trim()}</span>
            </li>
            {deliverySite && (
              <li>
                Livraison : {deliverySite.name} ({deliverySite.finess})
              </li>
            )}
          </ul>
          <p>Le groupement RESAH – UniHA confirme la commande, la facture et la livre ; vous suivez chaque étape sur la page de la commande.</p>
        </section>
      )}
    </ActionForm>
  );
}
