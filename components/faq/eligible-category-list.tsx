import { eligibleCategories } from "@/lib/server/categories/queries";

/** The categories that may order today, read from the list the national admin manages; each row has its anchor. */
export async function EligibleCategoryList() {
  const categories = await eligibleCategories();
  return (
    <div className="fr-table fr-table--sm fr-table--no-caption" data-testid="eligible-categories">
      <div className="fr-table__wrapper">
        <div className="fr-table__container">
          <div className="fr-table__content">
            <table>
              <caption>Catégories FINESS éligibles ({categories.length})</caption>
              <thead>
                <tr>
                  <th scope="col">Code</th>
                  <th scope="col">Catégorie</th>
                </tr>
              </thead>
              <tbody>
                {categories.map(({ code, label }) => (
                  <tr key={code} id={`categorie-${code}`}>
                    <td>{code}</td>
                    <td>{label}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  );
}
