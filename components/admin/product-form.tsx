"use client";

import { createProductAction, updateProductAction } from "@/app/(admin)/admin/catalogue/actions";
import { TextField } from "@/components/ui/text-field";
import type { ProductFormInput } from "@/lib/schemas/catalogue";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { PACKAGING_CODES, packagingLabel } from "@/lib/domain/wording/french";

const EMPTY: ProductFormInput = { reference: "", name: "", categoryCode: "", packaging: "BOX", packSize: "", unitPrice: "", active: true };

const PACKAGING_OPTIONS = PACKAGING_CODES.map((code) => ({ value: code, label: packagingLabel(code) }));

/** Adds a product to the catalogue or, given one, edits it (there is no deletion: deactivate instead). */
export function ProductForm({
  categories,
  product,
}: {
  categories: ReadonlyArray<{ value: string; label: string }>;
  product?: { id: string; values: ProductFormInput };
}) {
  const { field, register, shell } = useActionForm<ProductFormInput, { reference: string }>({
    schema: () => import("@/lib/schemas/catalogue").then((m) => m.createProductSchema),
    action: (values) => (product ? updateProductAction({ ...values, id: product.id }) : createProductAction(values)),
    defaultValues: product?.values ?? EMPTY,
    success: ({ reference }) => (product ? `Produit ${reference} enregistré.` : `Produit ${reference} ajouté au catalogue.`),
    resetOnSuccess: !product,
  });
  const id = (field: string) => `${product ? "product-edit" : "product-new"}-${field}`;
  return (
    <ActionForm shell={shell} submitLabel={product ? "Enregistrer le produit" : "Ajouter le produit"}>
      <TextField id={id("reference")} label="Référence" hint="Unique dans le catalogue, par exemple EPI-FFP2-20" {...field("reference")} />
      <TextField id={id("name")} label="Nom du produit" {...field("name")} />
      <SelectField id={id("category")} label="Catégorie d'EPI" placeholder="Choisir une catégorie" options={categories} {...field("categoryCode")} />
      <SelectField id={id("packaging")} label="Conditionnement" hint="Ce que les établissements commandent : boîte, paquet, carton ou rouleau" placeholder="Choisir un conditionnement" options={PACKAGING_OPTIONS} {...field("packaging")} />
      <TextField id={id("pack-size")} label="Unités par conditionnement" hint="Les commandes se comptent en conditionnements ; le stock et les quotas, en unités" inputMode="numeric" {...field("packSize")} />
      <TextField id={id("unit-price")} label="Prix d'une unité, en euros" hint="Prix du groupement RESAH – UniHA, par exemple 0,12" inputMode="decimal" {...field("unitPrice")} />
      <div className="fr-checkbox-group fr-mb-3w">
        <input type="checkbox" id={id("active")} {...register("active")} />
        <label className="fr-label" htmlFor={id("active")}>
          Proposé à la commande
          <span className="fr-hint-text">Décocher retire le produit des commandes sans l&apos;effacer : des commandes y font référence.</span>
        </label>
      </div>
    </ActionForm>
  );
}
