import { FormField } from "@/components/ui/form-field";
import { SelectField } from "@/components/ui/select-field";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "@/lib/domain/audit/labels";

export interface JournalFilterValues {
  acteur?: string;
  action?: string;
  objet?: string;
  identifiant?: string;
  du?: string;
  au?: string;
}

const options = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label, "fr"));

/** A text or date filter: its value kept from the address. */
function FilterInput({ id, name, label, hint, type, value }: { id: string; name: string; label: string; hint?: string; type: string; value?: string }) {
  return (
    <FormField id={id} label={label} hint={hint}>
      {(control) => <input {...control} name={name} type={type} defaultValue={value ?? ""} />}
    </FormField>
  );
}

/** The journal's filters: a GET form, so that a filtered journal is an address to share and to export. */
export function JournalFilters({ values }: { values: JournalFilterValues }) {
  return (
    <form method="get" className="fr-mb-4w" aria-label="Filtrer le journal">
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <FilterInput id="journal-actor" name="acteur" label="Auteur" hint="Tout ou partie de son adresse électronique" type="search" value={values.acteur} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <SelectField id="journal-action" name="action" label="Action" placeholder="Toutes les actions" options={options(AUDIT_ACTION_LABELS)} defaultValue={values.action ?? ""} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <SelectField id="journal-entity" name="objet" label="Objet" placeholder="Tous les objets" options={options(AUDIT_ENTITY_LABELS)} defaultValue={values.objet ?? ""} />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <FilterInput id="journal-entity-id" name="identifiant" label="Identifiant de l'objet" hint="Par exemple le code d'une catégorie : 500" type="text" value={values.identifiant} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <FilterInput id="journal-from" name="du" label="Du" type="date" value={values.du} />
        </div>
        <div className="fr-col-6 fr-col-md-4">
          <FilterInput id="journal-to" name="au" label="Au" type="date" value={values.au} />
        </div>
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button type="submit" className="fr-btn">
            Filtrer
          </button>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary" href="/admin/journal">
            Effacer les filtres
          </a>
        </li>
      </ul>
    </form>
  );
}
