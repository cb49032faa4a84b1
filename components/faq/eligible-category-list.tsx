import { eligibleCategories } from "@/lib/server/categories/queries";
import { DataTable } from "@/components/ui/data-table";

/** The categories that may order today, read from the list the national admin manages; each row has its anchor. */
export async function EligibleCategoryList() {
  const categories = await eligibleCategories();
  return (
    <DataTable
      caption={
        <>
          Catégories FINESS éligibles ({categories.length})
        </>
      }
      columns={["Code", "Catégorie"]}
      small
      framed
      className="fr-table--no-caption"
      testId="eligible-categories"
    >
      {categories.map(({ code, label }) => (
        <tr key={code} id={`categorie-${code}`}>
          <td>{code}</td>
          <td>{label}</td>
        </tr>
      ))}
    </DataTable>
  );
}
