import type { Metadata } from "next";
import Link from "next/link";
import { EditCell } from "@/components/ui/edit-cell";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { AccessDenied } from "@/components/access/access-denied";
import { LastChange } from "@/components/audit/last-change";
import { DataTable } from "@/components/ui/data-table";
import { FocusedHeading } from "@/components/admin/focused-heading";
import { ProductCategoryForm } from "@/components/admin/product-category-form";
import { ProductForm } from "@/components/admin/product-form";
import { formatEuros, packContents } from "@/lib/domain/wording/french";
import { centsToEurosInput } from "@/lib/domain/catalogue/price";
import { listCatalogue } from "@/lib/server/admin/catalogue";
import { lastChanges } from "@/lib/server/audit/queries";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Catalogue des EPI" };

const PRODUCT_COLUMNS = ["Référence", "Produit", "Conditionnement", "Prix unitaire", "Prix du conditionnement", "Commande", "Action"];

export default async function CataloguePage({ searchParams }: { searchParams: Promise<{ produit?: string; categorie?: string }> }) {
  if (!(await actorWith("catalogue.manage"))) return <AccessDenied need={"catalogue.manage"} />;
  const { produit, categorie } = await searchParams;
  const categories = await listCatalogue();
  const [categoryChanges, productChanges] = await Promise.all([
    lastChanges("ProductCategory", categories.map((c) => c.code), ["productCategory.update"]),
    lastChanges("Product", categories.flatMap((c) => c.products.map((p) => p.id))),
  ]);
  const options = categories.map((c) => ({ value: c.code, label: c.name }));
  const editedProduct = produit ? categories.flatMap((c) => c.products).find((p) => p.id === produit) : undefined;
  const editedCategory = categorie ? categories.find((c) => c.code === categorie) : undefined;
  return (
    <>
      <h1>Catalogue des EPI</h1>
      <p>
        Les produits que les établissements commandent, par catégorie d&apos;EPI. Les prix sont ceux du groupement RESAH – UniHA, par
        unité ; les commandes se font par conditionnement (boîte, paquet, carton ou rouleau). Un produit n&apos;est jamais supprimé, car des commandes y font référence :
        décochez « Proposé à la commande » pour le retirer. Chaque changement est journalisé.
      </p>

      {produit || categorie ? (
        <section aria-labelledby="edit-title" className="fr-mb-6w">
          {editedProduct ? (
            <>
              <FocusedHeading id="edit-title">Modifier le produit {editedProduct.reference}</FocusedHeading>
              <ProductForm
                key={editedProduct.id}
                categories={options}
                product={{
                  id: editedProduct.id,
                  values: {
                    reference: editedProduct.reference,
                    name: editedProduct.name,
                    categoryCode: editedProduct.categoryCode,
                    packaging: editedProduct.packaging,
                    packSize: String(editedProduct.packSize),
                    unitPrice: centsToEurosInput(editedProduct.unitPriceCents),
                    active: editedProduct.active,
                  },
                }}
              />
            </>
          ) : editedCategory ? (
            <>
              <FocusedHeading id="edit-title">Modifier la catégorie {editedCategory.name}</FocusedHeading>
              <ProductCategoryForm key={editedCategory.code} category={{ code: editedCategory.code, name: editedCategory.name, unitLabel: editedCategory.unitLabel }} />
            </>
          ) : (
            <>
              <h2 id="edit-title">Élément introuvable</h2>
              <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" data-refusal="CATALOGUE_ITEM_NOT_FOUND">
                <p>{catalogueRefusals.refusal("CATALOGUE_ITEM_NOT_FOUND").message}</p>
              </div>
            </>
          )}
          <p>
            <Link href="/admin/catalogue">Revenir à l&apos;ajout d&apos;un produit</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby="new-product-title" className="fr-mb-6w">
          <h2 id="new-product-title">Ajouter un produit</h2>
          {options.length ? <ProductForm categories={options} /> : <p>Aucune catégorie d&apos;EPI n&apos;est encore définie.</p>}
        </section>
      )}

      {categories.map((category) => (
        <section key={category.code} aria-labelledby={`category-${category.code}-title`} className="fr-mb-6w" data-testid={`catalogue-${category.code}`}>
          <h2 id={`category-${category.code}-title`}>{category.name}</h2>
          <p>
            Code {category.code} · unité : {category.unitLabel} ·{" "}
            <Link href={`/admin/catalogue?categorie=${encodeURIComponent(category.code)}`} aria-label={`Modifier la catégorie ${category.name}`}>
              Modifier la catégorie
            </Link>
          </p>
          <LastChange change={categoryChanges.get(category.code)} />
          {category.products.length === 0 ? (
            <p>Aucun produit dans cette catégorie.</p>
          ) : (
            <DataTable caption={`Produits de la catégorie ${category.name}`} hideCaption columns={PRODUCT_COLUMNS}>
              {category.products.map((product) => (
                <tr key={product.id} data-testid={`product-${product.reference}`}>
                  <th scope="row">{product.reference}</th>
                  <td>{product.name}</td>
                  <td>{packContents(product.packSize, category.unitLabel, product.packaging)}</td>
                  <td>{formatEuros(product.unitPriceCents)}</td>
                  <td>{formatEuros(product.unitPriceCents * product.packSize)}</td>
                  <td>
                    {product.active ? (
                      <span className="fr-badge fr-badge--sm fr-badge--success">Proposé</span>
                    ) : (
                      <span className="fr-badge fr-badge--sm">Retiré</span>
                    )}
                    <LastChange change={productChanges.get(product.id)} />
                  </td>
                  <EditCell href={`/admin/catalogue?produit=${product.id}`} label={`Modifier le produit ${product.reference}`} />
                </tr>
              ))}
            </DataTable>
          )}
        </section>
      ))}
    </>
  );
}
