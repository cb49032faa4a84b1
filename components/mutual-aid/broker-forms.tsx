"use client";

import { brokerExchangeAction } from "@/app/(ars)/echanges/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CountField } from "@/components/ui/count-field";
import type { BrokerExchangeInput } from "@/lib/schemas/mutual-aid";
import type { LenderChoice } from "./loan-request-form";

const brokered = ({ number }: { number: number }) => `Échange n° ${number} enregistré : les deux établissements le voient sur leur page Entraide.`;

/** Both brokering forms send the same action and say the same once it is done. */
const useBrokerForm = (defaultValues: BrokerExchangeInput) =>
  useActionForm<BrokerExchangeInput, { number: number }>({ schema: () => import("@/lib/schemas/mutual-aid").then((m) => m.brokerExchangeSchema), action: brokerExchangeAction, defaultValues, success: brokered });

/** The ARS asks a lender, on a short establishment's behalf. */
export function BrokerLoanForm({ id, borrowerFiness, lenders, products }: { id: string; borrowerFiness: string; lenders: LenderChoice[]; products: Array<{ id: string; name: string }> }) {
  const { field, register, shell } = useBrokerForm({ kind: "LOAN", borrowerFiness, lenderFiness: lenders[0].finess, productId: lenders[0].productId, units: String(lenders[0].suggestedUnits), note: "" });
  return (
    <ActionForm shell={shell} submitLabel="Proposer ce prêteur">
      <input type="hidden" {...register("kind")} />
      <input type="hidden" {...register("borrowerFiness")} />
      <SelectField id={`broker-lender-${id}`} label="Prêteur proposé" placeholder="Choisissez un établissement" options={lenders.map((l) => ({ value: l.finess, label: l.label }))} {...register("lenderFiness")} />
      <SelectField id={`broker-product-${id}`} label="Produit" placeholder="Choisissez le produit" options={products.map((p) => ({ value: p.id, label: p.name }))} {...register("productId")} />
      <CountField id={`broker-units-${id}`} label="Quantité à prêter, en unités" {...field("units")} />
    </ActionForm>
  );
}

/** The ARS gives an offered surplus to an establishment in need. */
export function AssignOfferForm({ exchangeId, offeredUnits, borrowers }: { exchangeId: string; offeredUnits: number; borrowers: Array<{ finess: string; label: string }> }) {
  const { field, register, shell } = useBrokerForm({ kind: "OFFER", exchangeId, borrowerFiness: "", units: String(offeredUnits) });
  return (
    <ActionForm shell={shell} submitLabel="Attribuer ce surplus">
      <input type="hidden" {...register("kind")} />
      <input type="hidden" {...register("exchangeId")} />
      <SelectField id={`offer-borrower-${exchangeId}`} label="Établissement à aider" placeholder="Choisissez un établissement" options={borrowers.map((b) => ({ value: b.finess, label: b.label }))} {...field("borrowerFiness")} />
      <CountField id={`offer-units-${exchangeId}`} label="Quantité attribuée, en unités" max={offeredUnits} {...field("units")} />
    </ActionForm>
  );
}
