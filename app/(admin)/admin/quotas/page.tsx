import type { Metadata } from "next";
import Link from "next/link";
import { EditCell } from "@/components/ui/edit-cell";
import { AccessDenied } from "@/components/access/access-denied";
import { LastChange } from "@/components/audit/last-change";
import { ActionButton } from "@/components/admin/action-button";
import { DataTable } from "@/components/ui/data-table";
import { FocusedHeading } from "@/components/admin/focused-heading";
import { QuotaOverrideForm } from "@/components/admin/quota-override-form";
import { QuotaParametersForm } from "@/components/admin/quota-parameters-form";
import { SpfThresholdForm } from "@/components/admin/spf-threshold-form";
import { FormField } from "@/components/ui/form-field";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { quotaParametersOf } from "@/lib/domain/quota/weekly-quota";
import { isoWeekOf, shiftWeek } from "@/lib/domain/time/paris-time";
import { fromWeekLabel } from "@/lib/domain/time/week-choices";
import { formatCount, formatDecimal } from "@/lib/domain/wording/french";
import { establishmentQuotas, loadQuotaSettings } from "@/lib/server/admin/quotas";
import { lastChanges } from "@/lib/server/audit/queries";
import { actorWith } from "@/lib/server/guards";
import { establishmentFinessField } from "@/lib/schemas/quota";
import { tensionSimulationSchema } from "@/lib/schemas/tension";
import { removeQuotaOverrideAction } from "./actions";

export const metadata: Metadata = { title: "Quotas hebdomadaires" };

function describeWeeks({ fromWeek, toWeek }: { fromWeek: string | null; toWeek: string | null }): string {
  if (fromWeek && toWeek) return fromWeek === toWeek ? `semaine ${fromWeek}` : `de ${fromWeek} à ${toWeek}`;
  if (fromWeek) return `à partir de ${fromWeek}`;
  if (toWeek) return `jusqu'à ${toWeek}`;
  return "toutes les semaines";
}

export default async function QuotasPage({ searchParams }: { searchParams: Promise<{ finess?: string; categorie?: string; parLit?: string; parSalarie?: string }> }) {
  if (!(await actorWith("quotas.manage"))) return <AccessDenied need={"quotas.manage"} />;
  const { finess: searched = "", categorie, parLit, parSalarie } = await searchParams;
  // Parameters tried in the tension simulator come with its « Décider cette tension »: the form proposes them.
  const simulated = tensionSimulationSchema.safeParse({ categorie, parLit, parSalarie });
  const now = new Date();
  const week = isoWeekOf(now).key;
  const nextWeek = shiftWeek(week, 1);
  const { categories, overrides, spfCapacityThreshold } = await loadQuotaSettings();
  const [parameterChanges, overrideChanges] = await Promise.all([
    lastChanges("ProductCategory", categories.map((c) => c.code), ["quotaParameters.update"]),
    lastChanges("QuotaOverride", overrides.map((o) => o.id)),
  ]);
  const options = categories.map((c) => ({ value: c.code, label: c.name }));
  const edited = categorie ? categories.find((c) => c.code === categorie) : undefined;
  const finess = searched ? establishmentFinessField.safeParse(searched.slice(0, 20)) : null;
  const view = finess?.success ? await establishmentQuotas(finess.data, now) : null;
  const searchError = finess && !finess.success ? finess.error.issues[0].message : view && !view.establishment ? view.unknown.message : undefined;

  return (
    <>
      <h1>Quotas hebdomadaires</h1>
      <p>
        Pendant un décret de tension, chaque établissement géographique (ET) peut commander chaque semaine, par catégorie, au
        plus : lits et places × quota par lit ou place + salariés × quota par salarié, arrondi à l&apos;unité inférieure. Une
        dérogation remplace ce calcul pour un ET et une catégorie. Les semaines sont des semaines ISO (cette semaine : {week}).
      </p>

      <section aria-labelledby="parameters-title" className="fr-mb-6w">
        <h2 id="parameters-title">Paramètres par catégorie</h2>
        {categorie && (
          <div className="fr-mb-4w">
            {edited ? (
              <>
                <FocusedHeading id="parameters-edit-title" level={3}>
                  Modifier les paramètres de la catégorie {edited.name}
                </FocusedHeading>
                <QuotaParametersForm
                  key={edited.code}
                  name={edited.name}
                  unitLabel={edited.unitLabel}
                  currentWeek={week}
                  parameters={{
                    categoryCode: edited.code,
                    quotaPerCapacityUnit: formatDecimal(simulated.data?.parLit ?? quotaParametersOf(edited, nextWeek).perCapacityUnit),
                    quotaPerStaffMember: formatDecimal(simulated.data?.parSalarie ?? quotaParametersOf(edited, nextWeek).perStaffMember),
                    fromWeek: nextWeek,
                  }}
                />
              </>
            ) : (
              <div className="fr-alert fr-alert--error fr-alert--sm" data-refusal="QUOTA_CATEGORY_NOT_FOUND">
                <p>{catalogueRefusals.refusal("QUOTA_CATEGORY_NOT_FOUND", { code: categorie }).message}</p>
              </div>
            )}
            <p>
              <Link href="/admin/quotas">Fermer</Link>
            </p>
          </div>
        )}
        <DataTable
          caption={`Quota hebdomadaire par catégorie, en unités par semaine (cette semaine : ${week})`}
          columns={["Catégorie", "Par lit ou place", "Par salarié", "Changements prévus", "Action"]}
        >
          {categories.map((category) => (
            <tr key={category.code} data-testid={`quota-parameters-${category.code}`}>
              <th scope="row">
                {category.name}
                <LastChange change={parameterChanges.get(category.code)} />
              </th>
              <td>{formatDecimal(quotaParametersOf(category, week).perCapacityUnit)}</td>
              <td>{formatDecimal(quotaParametersOf(category, week).perStaffMember)}</td>
              <td data-testid={`quota-parameter-changes-${category.code}`}>
                {category.parameterChanges.filter((c) => c.fromWeek > week).length === 0
                  ? "aucun"
                  : category.parameterChanges
                      .filter((c) => c.fromWeek > week)
                      .map((c) => `${fromWeekLabel(c.fromWeek)} : ${formatDecimal(c.perCapacityUnit)} par lit ou place, ${formatDecimal(c.perStaffMember)} par salarié`)
                      .join(" ; ")}
              </td>
              <EditCell href={`/admin/quotas?categorie=${encodeURIComponent(category.code)}`} label={`Modifier les paramètres de la catégorie ${category.name}`} />
            </tr>
          ))}
        </DataTable>
      </section>

      <section aria-labelledby="establishment-title" className="fr-mb-6w">
        <h2 id="establishment-title">Quota d&apos;un établissement cette semaine</h2>
        <form method="get" role="search" aria-label="Quota d'un établissement" className="fr-mb-3w">
          <FormField id="quota-search" label="Numéro FINESS de l'établissement (ET)" hint="9 caractères" error={searchError}>
            {(control) => <input {...control} name="finess" type="search" defaultValue={searched} autoComplete="off" />}
          </FormField>
          <button type="submit" className="fr-btn fr-btn--secondary">
            Afficher le quota
          </button>
        </form>
        {view?.establishment && (
          <>
            <h3>
              {view.establishment.name} ({view.establishment.finess})
            </h3>
            <p>
              {formatCount(view.establishment.capacity)} lits et places, {formatCount(view.establishment.salariedStaff)} salariés
              {view.establishment.category && ` · catégorie FINESS ${view.establishment.category.code} – ${view.establishment.category.label}`}.
            </p>
            <DataTable
              caption={`Quotas de la semaine ${view.week.key} de ${view.establishment.name}, en unités`}
              columns={["Catégorie", "En tension", "Quota calculé", "Dérogation", "Quota retenu"]}
              testId="establishment-quotas"
            >
              {view.quotas.map((quota) => (
                <tr key={quota.code} data-testid={`establishment-quota-${quota.code}`}>
                  <th scope="row">{quota.name}</th>
                  <td>{quota.inTension ? "Oui" : "Non (commande au groupement)"}</td>
                  <td>{formatCount(quota.computed)}</td>
                  <td>
                    {quota.override
                      ? `${formatCount(quota.override.weeklyUnits)} (${describeWeeks(quota.override)} ; ${quota.override.reason})`
                      : "aucune"}
                  </td>
                  <td>{formatCount(quota.quota)}</td>
                </tr>
              ))}
            </DataTable>
          </>
        )}
      </section>

      <section aria-labelledby="overrides-title" className="fr-mb-6w">
        <h2 id="overrides-title">Dérogations</h2>
        <h3>Ajouter une dérogation</h3>
        <QuotaOverrideForm key={view?.establishment?.finess} categories={options} currentWeek={week} finess={view?.establishment?.finess} />
        {overrides.length === 0 ? (
          <p>Aucune dérogation : tous les établissements ont leur quota calculé.</p>
        ) : (
          <DataTable
            caption="Dérogations aux quotas calculés (la plus récente l'emporte quand plusieurs couvrent une semaine)"
            columns={["Établissement", "Catégorie", "Unités par semaine", "Semaines", "Motif", "Action"]}
          >
            {overrides.map((override) => (
              <tr key={override.id} data-testid={`override-${override.id}`}>
                <th scope="row">
                  {override.establishment.name} ({override.establishmentFiness})
                  <LastChange change={overrideChanges.get(override.id)} />
                </th>
                <td>{override.category.name}</td>
                <td>{formatCount(override.weeklyUnits)}</td>
                <td>{describeWeeks(override)}</td>
                <td>{override.reason}</td>
                <td>
                  <ActionButton
                    action={removeQuotaOverrideAction}
                    input={{ id: override.id }}
                    text="Supprimer"
                    label={`Supprimer la dérogation ${override.category.name} de ${override.establishment.name}`}
                    confirmation="Son quota calculé s'appliquera de nouveau dès la commande suivante."
                  />
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>

      <section aria-labelledby="spf-title">
        <h2 id="spf-title">Livraison directe par Santé publique France</h2>
        <p>
          Les établissements d&apos;au moins {formatCount(spfCapacityThreshold)} lits et places, comme tous ceux d&apos;outre-mer, sont
          livrés directement par Santé publique France ; les autres par La Poste.
        </p>
        <SpfThresholdForm value={spfCapacityThreshold} />
      </section>
    </>
  );
}
