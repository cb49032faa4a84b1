import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { Checkbox } from "@codegouvfr/react-dsfr/Checkbox";
import { TextField } from "@/components/ui/text-field";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { can } from "@/lib/domain/permissions/permissions";
import { NATIONAL_STOCK_TARGET_WEEKS, RUNWAY_WEEKS } from "@/lib/domain/tension/runway";
import { weekLabel } from "@/lib/domain/time/week-choices";
import { countOf, formatCount, formatDecimal, inSentence, listing, weeksOfCover } from "@/lib/domain/wording/french";
import { z } from "@/lib/schemas/zod";
import { tensionSimulationSchema } from "@/lib/schemas/tension";
import { nationalStockRunway, simulateCategoriesTension } from "@/lib/server/admin/tension-simulation";
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
 * Before a tension is decreed: for the categories chosen and quota parameters, the weekly quota of every eligible
 * establishment summed, and the weeks each category's state stock lasts at that pace (the circular sizes it for 10
 * weeks); the category that runs out first sizes the tension.
 */
export default async function TensionSimulatorPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await actorWith("tension.simulate");
  if (!actor) return <AccessDenied need="tension.simulate" />;
  const params = await searchParams;
  const asked = { categorie: [params.categorie ?? []].flat(), parLit: first(params.parLit), parSalarie: first(params.parSalarie) };
  // The form always sends its parameter fields: a submission with no box ticked is one too, and says so.
  const submitted = params.categorie !== undefined || params.parLit !== undefined || params.parSalarie !== undefined;
  const parsed = submitted ? tensionSimulationSchema.safeParse(asked) : null;
  const errors = parsed && !parsed.success ? z.flattenError(parsed.error).fieldErrors : {};
  const now = new Date();
  const [categories, simulated, runway] = await Promise.all([
    productCategories(),
    parsed?.success ? simulateCategoriesTension(parsed.data, now) : null,
    nationalStockRunway(now),
  ]);
  const result = simulated?.ok ? simulated : null;
  const unknownCategories =
    simulated && !simulated.ok
      ? simulated.unknownCodes.map((code) => catalogueRefusals.refusal("PRODUCT_CATEGORY_NOT_FOUND", { code }).message).join(" ")
      : undefined;
  const categoryError = errors.categorie?.[0] ?? unknownCategories;
  const firstToRunOut = result?.categories.find((c) => c.category.code === result.outlook.firstToRunOut?.code);
  const belowTarget = result?.categories.filter((c) => result.outlook.belowTarget.includes(c.category.code)) ?? [];
  return (
    <>
      <h1>Simulateur de tension</h1>
      <p>
        Choisissez une ou plusieurs catégories d&apos;EPI et des paramètres de contingent hebdomadaire : le simulateur
        additionne le contingent de chaque établissement éligible et indique combien de semaines le stock national de
        chaque catégorie tiendrait si tous commandaient leur contingent. La circulaire dimensionne ce stock pour{" "}
        {NATIONAL_STOCK_TARGET_WEEKS} semaines.
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
      {/* Keyed on what was asked: after a link to another simulation, the boxes and fields show it, not what was typed before. */}
      <form key={JSON.stringify(asked)} method="get" aria-label="Tension à simuler" className="fr-mb-6w fr-col-12 fr-col-lg-8">
        <Checkbox
          id="categorie"
          legend="Catégories d'EPI à simuler"
          hintText="Cochez une ou plusieurs catégories : les paramètres ci-dessous s'appliquent à chacune."
          state={categoryError ? "error" : "default"}
          stateRelatedMessage={categoryError}
          options={categories.map((c) => ({
            label: c.name,
            nativeInputProps: { name: "categorie", value: c.code, defaultChecked: asked.categorie.includes(c.code) },
          }))}
        />
        {PARAMETER_FIELDS.map(({ name, label, example }) => (
          <TextField
            key={name}
            id={name}
            name={name}
            label={label}
            hint={`Par exemple ${example} ; vide : le paramètre actuel de chaque catégorie`}
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
          <h2 id="simulation-title">Tension simulée : {listing(result.categories.map((c) => c.category.name))}</h2>
          <p>
            Contingents de {countOf(result.establishments, "établissement")} éligibles, chaque semaine, face au stock
            national de chaque catégorie.
          </p>
          <div data-testid="outlook" className={`fr-alert fr-alert--sm fr-mb-3w ${belowTarget.length > 0 ? "fr-alert--warning" : "fr-alert--success"}`}>
            <p>
              {firstToRunOut
                ? `Le stock qui s'épuise le premier : ${inSentence(firstToRunOut.category.name)}, en ${weeksOfCover(firstToRunOut.simulation.weeksOfStock!)}. `
                : "Aucun stock ne s'épuise : ces paramètres donnent un contingent nul. "}
              {belowTarget.length > 0
                ? `Moins de ${NATIONAL_STOCK_TARGET_WEEKS} semaines : ${listing(belowTarget.map((c) => inSentence(c.category.name)))}.`
                : `Toutes les catégories choisies tiennent au moins ${NATIONAL_STOCK_TARGET_WEEKS} semaines.`}
            </p>
          </div>
          <DataTable
            caption="Tension simulée, par catégorie"
            hideCaption
            columns={["Catégorie", "Paramètres par semaine", "Contingent hebdomadaire total", "Stock national", "Durée du stock à ce rythme", "Suite"]}
          >
            {result.categories.map(({ category, parameters, simulation, forTarget }) => (
              <tr key={category.code} data-testid={`simulation-${category.code}`}>
                <th scope="row">{category.name}</th>
                <td>
                  {formatDecimal(parameters.perCapacityUnit)} par lit ou place, {formatDecimal(parameters.perStaffMember)} par salarié
                </td>
                <td data-testid="weekly-quota">{countOf(simulation.weeklyQuotaUnits, category.unitLabel)}</td>
                <td data-testid="national-stock">{countOf(simulation.stockUnits, category.unitLabel)}</td>
                <td data-testid="weeks-of-stock">
                  {simulation.weeksOfStock === null ? "sans limite : contingent nul" : weeksOfCover(simulation.weeksOfStock)}{" "}
                  <span className={`fr-badge fr-badge--sm ${simulation.meetsTarget ? "fr-badge--success" : "fr-badge--warning"}`}>
                    {simulation.meetsTarget ? `au moins ${NATIONAL_STOCK_TARGET_WEEKS} semaines` : `moins de ${NATIONAL_STOCK_TARGET_WEEKS} semaines`}
                  </span>
                </td>
                <td>
                  {!simulation.meetsTarget && forTarget && (
                    <p data-testid="for-target">
                      Pour tenir {NATIONAL_STOCK_TARGET_WEEKS} semaines : au plus {formatDecimal(forTarget.perCapacityUnit)} par lit ou place et{" "}
                      {formatDecimal(forTarget.perStaffMember)} par salarié.{" "}
                      <Link href={`/admin/tension/simulateur?${simulationQuery(category.code, forTarget)}`}>
                        Simuler ces paramètres<span className="fr-sr-only"> pour {inSentence(category.name)}</span>
                      </Link>
                    </p>
                  )}
                  {can(actor, "tension.manage") && (
                    <Link className="fr-btn fr-btn--secondary fr-btn--sm" href={`/admin/tension?${simulationQuery(category.code, parameters)}`}>
                      Décider cette tension<span className="fr-sr-only"> pour {inSentence(category.name)}</span>
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        </section>
      )}
    </>
  );
}
