import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { LastChange } from "@/components/audit/last-change";
import { AddEligibleCategoryForm } from "@/components/admin/add-eligible-category-form";
import { CategoryEligibilityToggle } from "@/components/admin/category-eligibility-toggle";
import { lastChanges } from "@/lib/server/audit/queries";
import { searchCategories } from "@/lib/server/categories/queries";
import { actorWith } from "@/lib/server/guards";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Catégories éligibles" };

export default async function EligibleCategoriesPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  if (!(await actorWith("categories.manage"))) return <AccessDenied need={"categories.manage"} />;
  const q = ((await searchParams).q ?? "").trim().slice(0, 100);
  const { categories, eligibleCount } = await searchCategories(q);
  const changes = await lastChanges("Category", categories.map((category) => category.code));
  return (
    <>
      <h1>Catégories éligibles</h1>
      <p>
        Seuls les établissements dont la catégorie FINESS figure dans cette liste peuvent commander. Chaque changement
        est journalisé (<a href="/admin/journal?objet=Category">journal des catégories</a>) et s&apos;applique à la requête suivante des utilisateurs concernés.{" "}
        <strong>{eligibleCount} catégories éligibles.</strong>
      </p>
      <AddEligibleCategoryForm />
      <form role="search" method="get" className="fr-search-bar fr-mb-3w" aria-label="Rechercher une catégorie">
        <label className="fr-label" htmlFor="category-search">
          Rechercher par code ou libellé
        </label>
        <input className="fr-input" id="category-search" name="q" type="search" defaultValue={q} />
        <button className="fr-btn" type="submit">
          Rechercher
        </button>
      </form>
      <DataTable caption={`Catégories FINESS${q ? ` correspondant à « ${q} »` : ""}`} columns={["Code", "Libellé", "Éligible", "Action"]}>
        {categories.map((category) => (
          <tr key={category.code} data-testid={`category-${category.code}`}>
            <td>{category.code}</td>
            <td>
              {category.label}
              {category.finessLabel && category.finessLabel !== category.label && (
                <p className="fr-text--xs fr-mb-0">Libellé dans FINESS : « {category.finessLabel} »</p>
              )}
            </td>
            <td>
              {category.eligible ? "Oui" : "Non"}
              <LastChange change={changes.get(category.code)} />
            </td>
            <td>
              <CategoryEligibilityToggle code={category.code} label={category.label} eligible={category.eligible} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
