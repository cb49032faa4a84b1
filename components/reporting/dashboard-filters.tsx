import { FilterForm } from "@/components/ui/filter-form";
import { FormField } from "@/components/ui/form-field";
import { WeekPicker } from "@/components/ui/week-picker";
import type { DashboardParams } from "@/lib/schemas/reporting";
import { labelledOptions, SelectField } from "@/components/ui/select-field";
import {
  CATEGORY_SORT_PREFIX,
  FIXED_SORT_LABELS,
  FIXED_SORTS,
} from "@/lib/domain/reporting/establishment-list";

interface Option {
  value: string;
  label: string;
}

/** The dashboard's filters: a plain GET form, so every view has a URL (and the exports the same one). */
export function DashboardFilters({
  params,
  week,
  fromWeek,
  regions,
  departements,
  categories,
  establishmentCategories,
}: {
  params: DashboardParams;
  week: string;
  /** The period's first week, "" for the week alone. */
  fromWeek: string;
  /** Offered to national administrators only. */
  regions: Option[] | null;
  departements: Option[];
  categories: Option[];
  establishmentCategories: Option[];
}) {
  return (
    <FilterForm action="/tableau-de-bord" label="Filtrer le tableau de bord" columns={4}>
      <WeekPicker
        id="filter-from-week"
        legend="Depuis la semaine"
        hint="Une période de 12 semaines au plus"
        name="depuis"
        defaultValue={fromWeek}
        emptyLabel="La semaine choisie seule"
      />
      <WeekPicker id="filter-week" legend="Semaine" name="semaine" defaultValue={week} />
      {regions && <SelectField id="filter-region" name="region" label="Région" defaultValue={params.region ?? ""} placeholder="France entière" options={regions} />}
      <SelectField id="filter-departement" name="departement" label="Département" defaultValue={params.departement ?? ""} placeholder="Tous les départements" options={departements} />
      <SelectField id="filter-category" name="categorie" label="Catégorie d'EPI" defaultValue={params.categorie ?? ""} placeholder="Toutes les catégories" options={categories} />
      <SelectField
        id="filter-establishment-category"
        name="categorieEtablissement"
        label="Catégorie d'établissement (FINESS)"
        defaultValue={params.categorieEtablissement ?? ""}
        placeholder="Toutes les catégories"
        options={establishmentCategories}
      />
      <FormField id="filter-search" label="FINESS ou nom" hint="Début du numéro FINESS, ou partie du nom">
        {(control) => <input {...control} type="search" name="q" defaultValue={params.q ?? ""} />}
      </FormField>
      <SelectField
        id="filter-orders"
        name="commandes"
        label="Établissements listés"
        defaultValue={params.commandes ?? ""}
        placeholder="Tous"
        options={[{ value: "sans", label: fromWeek ? "Sans commande sur la période" : "Sans commande cette semaine" }]}
      />
      <SelectField
        id="filter-sort"
        name="tri"
        label="Trier les établissements par"
        defaultValue={params.tri ?? ""}
        placeholder="Département puis nom"
        options={[
          ...labelledOptions(FIXED_SORTS, FIXED_SORT_LABELS),
          ...categories.map((c) => ({ value: `${CATEGORY_SORT_PREFIX}${c.value}`, label: `${c.label} (stock État)` })),
        ]}
      />
      <SelectField
        id="filter-direction"
        name="ordre"
        label="Ordre du tri"
        defaultValue={params.ordre ?? ""}
        placeholder="Croissant"
        options={[{ value: "decroissant", label: "Décroissant" }]}
      />
    </FilterForm>
  );
}
