import { FormField } from "@/components/ui/form-field";
import { WeekPicker } from "@/components/ui/week-picker";
import type { DashboardParams } from "@/lib/schemas/reporting";

interface Option {
  value: string;
  label: string;
}

function Select({ id, name, label, value, allLabel, options }: { id: string; name: string; label: string; value?: string; allLabel: string; options: Option[] }) {
  return (
    <FormField id={id} label={label} kind="select">
      {(control) => (
        <select {...control} name={name} defaultValue={value ?? ""}>
          <option value="">{allLabel}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** The dashboard's filters: a plain GET form, so every view has a URL (and the exports the same one). */
export function DashboardFilters({
  params,
  week,
  regions,
  departements,
  categories,
  establishmentCategories,
}: {
  params: DashboardParams;
  week: string;
  /** Offered to national administrators only. */
  regions: Option[] | null;
  departements: Option[];
  categories: Option[];
  establishmentCategories: Option[];
}) {
  return (
    <form method="get" action="/tableau-de-bord" className="fr-mb-4w" aria-label="Filtrer le tableau de bord">
      <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
        <div className="fr-col-12 fr-col-md-3">
          <WeekPicker id="filter-week" legend="Semaine" name="semaine" defaultValue={week} />
        </div>
        {regions && (
          <div className="fr-col-12 fr-col-md-3">
            <Select id="filter-region" name="region" label="Région" value={params.region} allLabel="France entière" options={regions} />
          </div>
        )}
        <div className="fr-col-12 fr-col-md-3">
          <Select id="filter-departement" name="departement" label="Département" value={params.departement} allLabel="Tous les départements" options={departements} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select id="filter-category" name="categorie" label="Catégorie d'EPI" value={params.categorie} allLabel="Toutes les catégories" options={categories} />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <Select
            id="filter-establishment-category"
            name="categorieEtablissement"
            label="Catégorie d'établissement (FINESS)"
            value={params.categorieEtablissement}
            allLabel="Toutes les catégories"
            options={establishmentCategories}
          />
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <FormField id="filter-search" label="FINESS ou nom" hint="Début du numéro FINESS, ou partie du nom">
            {(control) => <input {...control} type="search" name="q" defaultValue={params.q ?? ""} />}
          </FormField>
        </div>
        <div className="fr-col-12 fr-col-md-3">
          <button className="fr-btn" type="submit">
            Afficher
          </button>
        </div>
      </div>
    </form>
  );
}
