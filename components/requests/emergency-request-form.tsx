"use client";

import { fileEmergencyRequestAction } from "@/app/(ars)/depannages/actions";
import { ActionForm } from "@/components/ui/action-form";
import { ListError } from "@/components/ui/list-error";
import { QuantityInput } from "@/components/ui/quantity-input";
import { TextAreaField } from "@/components/ui/text-area-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { countOf } from "@/lib/domain/wording/french";
import type { FileEmergencyInput } from "@/lib/schemas/requests";
import { EstablishmentOptions } from "./establishment-options";
import { DataTable } from "@/components/ui/data-table";

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
  const { field, register, errors, shell } = useActionForm<FileEmergencyInput, unknown>({
    schema: () => import("@/lib/schemas/requests").then((m) => m.fileEmergencySchema),
    action: fileEmergencyRequestAction,
    defaultValues: { establishmentFiness, reason: "", localAidTried: "", lines: products.map((p) => ({ productId: p.id, packs: 0 })) },
    success: () => "Demande transmise au centre de crise sanitaire : sa décision apparaîtra ci-dessous.",
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} className="fr-mb-6w" legend="Nouvelle demande de dépannage urgent" submitLabel="Transmettre au centre de crise" outcomeTestId="emergency-request-outcome">
      <TextField
        id="emergency-finess"
        label="FINESS géographique de l'établissement à livrer"
        hint="9 caractères ; la liste propose les établissements de votre région"
        list="emergency-establishments"
        autoComplete="off"
        {...field("establishmentFiness")}
      />
      <EstablishmentOptions id="emergency-establishments" establishments={establishments} />
      <DataTable caption="Produits demandés, en boîtes" columns={["Produit", "Stock national", "Boîtes"]} small>
        {products.map((product, index) => (
          <tr key={product.id}>
            <th scope="row">{product.name}</th>
            <td>
              {countOf(product.stockUnits, product.unitLabel)}
            </td>
            <td>
              <input type="hidden" {...register(`lines.${index}.productId`)} />
              <QuantityInput id={`emergency-packs-${product.id}`} label={`Nombre de boîtes : ${product.name}`} {...field(`lines.${index}.packs`)} />
            </td>
          </tr>
        ))}
      </DataTable>
      <ListError error={errors.lines} />
      <TextAreaField id="emergency-reason" label="Motif de l'urgence" hint="Ce qui manque, pourquoi, depuis quand" {...field("reason")} />
      <TextAreaField
        id="emergency-local-aid"
        label="Ce qui a été tenté localement"
        hint="La circulaire privilégie d'abord les dépannages entre établissements proches : voisins sollicités, prêts obtenus ou refusés"
        {...field("localAidTried")}
      />
    </ActionForm>
  );
}
