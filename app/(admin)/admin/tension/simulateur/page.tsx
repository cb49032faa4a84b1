import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { can } from "@/lib/domain/permissions/permissions";
import { NATIONAL_STOCK_TARGET_WEEKS, RUNWAY_WEEKS } from "@/lib/domain/tension/runway";
import { weekLabel } from "@/lib/domain/time/week-choices";
import { countOf, formatCount, formatDecimal, weeksOfCover } from "@/lib/domain/wording/french";
import { z } from "@/lib/schemas/zod";
import { tensionSimulationSchema } from "@/lib/schemas/tension";
import { nationalStockRunway, simulateCategoryTension } from "@/lib/server/admin/tension-simulation";
import { productCategories } from "@/lib/server/catalogue/queries";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Simulateur de tension" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const PARAMETER_FIELDS = [
  { name: "parLit", label: "Unités par lit ou place et par semaine", example: "1,5" },
  { name: "parSalarie", label: "Unités par salarié et par semaine", example: "0,5" },
] as const;

const first = (value: string | string[] | undefined) => [value ?? ""].flat()[0];

/** The address of a simulation (or of the decree form it pre-fills), parameters written the French way. */
function simulationQuery(code: string, parameters: { perCapacityUnit: number; perStaffMember: number }) {
  return new URLSearchParams({ categorie: code, parLit: formatDecimal(parameters.perCapacityUnit), parSalarie: formatDecimal(parameters.perStaffMember) }).toString();
}

/**
 * Before a tension is decreed: for one category and quota parameters, the weekly quota of every eligible
 * establishment summed, and the weeks the state stock lasts at that pace (the circular sizes it for 10 weeks).
 */
export default async function TensionSimulatorPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await actorWith("tension.simulate");
  if (!actor) return <AccessDenied need="tension.simulate" />;
  const params = await searchParams;
  const asked = { categorie: first(params.categorie), parLit: first(params.parLit), parSalarie: first(params.parSalarie) };
  const parsed = params.categorie === undefined ? null : tensionSimulationSchema.safeParse(asked);
  const errors = parsed && !parsed.success ? z.flattenError(parsed.error).fieldErrors : {};
  const now = new Date();
  const [categories, result, runway] = await Promise.all([
    productCategories(),
    parsed?.success ? simulateCategoryTension(parsed.data, now) : null,
    nationalStockRunway(now),
  ]);
  const unknownCategory = parsed?.success && !result ? catalogueRefusals.refusal("PRODUCT_CATEGORY_NOT_FOUND", { code: parsed.data.categorie }).message : undefined;
  return (
    <>
      <h1>Simulateur de tension</h1>
      <p>
        Choisissez une catégorie d&apos;EPI et des paramètres de contingent hebdomadaire : le simulateur additionne le
        contingent de chaque établissement éligible et indique combien de semaines le stock national de la catégorie
        tiendrait si tous commandaient leur contingent. La circulaire dimensionne ce stock pour {NATIONAL_STOCK_TARGET_WEEKS} semaines.
      </p>
      <section aria-labelledby="runway-title" className="fr-mb-6w">
        <h2 id="runway-title">Autonomie du stock national au rythme des commandes</h2>
        <p>
          Stock de l&apos;État de chaque produit, face aux commandes servies sur ce stock (dépannages compris) pendant les{" "}
          {RUNWAY_WEEKS} dernières semaines complètes ({weekLabel(runway.weeks[0])} à {weekLabel(runway.weeks.at(-1)!).toLowerCase()}).
        </p>
        <DataTable
          caption={`Semaines de stock national par produit, au rythme moyen des ${RUNWAY_WEEKS} dernières semaines`}
          hideCaption
          columns={["Produit", "Stock national", "Commandé par semaine, de la plus ancienne à la dernière", "Moyenne par semaine", "Semaines de stock"]}
          testId="runway"
        >
          {runway.products.map(({ id, name, unitLabel, runway: product }) => (
            <tr key={id}>
              <th scope="row">{name}</th>
              <td>{countOf(product.stockUnits, unitLabel)}</td>
              <td>{product.orderedByWeek.map(formatCount).join(" · ")}</td>
              <td>{countOf(product.weeklyRate, unitLabel)}</td>
              <td>
                {product.weeksLeft === null ? "aucune commande" : weeksOfCover(product.weeksLeft)}
                {product.belowTarget && (
                  <>
                    {" "}
                    <span className="fr-badge fr-badge--sm fr-badge--warning">moins de {NATIONAL_STOCK_TARGET_WEEKS} semaines</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>

      <h2>Simuler une tension</h2>
      <form method="get" aria-label="Tension à simuler" className="fr-mb-6w fr-col-12 fr-col-lg-8">
        <SelectField
          id="categorie"
          name="categorie"
          label="Catégorie d'EPI"
          placeholder="Choisir une catégorie"
          options={categories.map((c) => ({ value: c.code, label: c.name }))}
          defaultValue={asked.categorie}
          error={errors.categorie?.[0] ?? unknownCategory}
        />
        {PARAMETER_FIELDS.map(({ name, label, example }) => (
          <TextField
            key={name}
            id={name}
            name={name}
            label={label}
            hint={`Par exemple ${example} ; vide : le paramètre actuel de la catégorie`}
            inputMode="decimal"
            defaultValue={asked[name]}
            error={errors[name]?.[0]}
          />
        ))}
        <button type="submit" className="fr-btn">
          Simuler
        </button>
      </form>

      {result && (
        <section aria-labelledby="simulation-title" data-testid="simulation">
          <h2 id="simulation-title">Tension simulée : {result.category.name}</h2>
          <dl>
            <dt>Paramètres</dt>
            <dd>
              {formatDecimal(result.parameters.perCapacityUnit)} par lit ou place et {formatDecimal(result.parameters.perStaffMember)} par salarié, chaque
              semaine
            </dd>
            <dt>Établissements éligibles</dt>
            <dd>{countOf(result.establishments, "établissement")}</dd>
            <dt>Contingent hebdomadaire total</dt>
            <dd data-testid="weekly-quota">{countOf(result.simulation.weeklyQuotaUnits, result.category.unitLabel)}</dd>
            <dt>Stock national de la catégorie</dt>
            <dd data-testid="national-stock">{countOf(result.simulation.stockUnits, result.category.unitLabel)}</dd>
            <dt>Durée du stock à ce rythme</dt>
            <dd data-testid="weeks-of-stock">
              {result.simulation.weeksOfStock === null ? "sans limite : ces paramètres donnent un contingent nul" : weeksOfCover(result.simulation.weeksOfStock)}{" "}
              <span className={`fr-badge fr-badge--sm ${result.simulation.meetsTarget ? "fr-badge--success" : "fr-badge--warning"}`}>
                {result.simulation.meetsTarget ? `au moins ${NATIONAL_STOCK_TARGET_WEEKS} semaines` : `moins de ${NATIONAL_STOCK_TARGET_WEEKS} semaines`}
              </span>
            </dd>
          </dl>
          {!result.simulation.meetsTarget && result.forTarget && (
            <p data-testid="for-target">
              Pour que le stock tienne {NATIONAL_STOCK_TARGET_WEEKS} semaines : au plus {formatDecimal(result.forTarget.perCapacityUnit)} par lit ou
              place et {formatDecimal(result.forTarget.perStaffMember)} par salarié.{" "}
              <Link href={`/admin/tension/simulateur?${simulationQuery(result.category.code, result.forTarget)}`}>Simuler ces paramètres</Link>
            </p>
          )}
          {can(actor, "tension.manage") && (
            <p>
              <Link className="fr-btn fr-btn--secondary" href={`/admin/tension?${simulationQuery(result.category.code, result.parameters)}`}>
                Décider cette tension
              </Link>
            </p>
          )}
        </section>
      )}
    </>
  );
}
