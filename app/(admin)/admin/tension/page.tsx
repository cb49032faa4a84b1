import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { LastChange } from "@/components/audit/last-change";
import { ActionButton } from "@/components/admin/action-button";
import { DataTable } from "@/components/ui/data-table";
import { DecreeForm } from "@/components/admin/decree-form";
import type { DecreeStatus } from "@/lib/domain/tension/decree-period";
import { toParisLocalDateTime } from "@/lib/domain/time/paris-time";
import { formatDateTime, formatDecimal } from "@/lib/domain/wording/french";
import { tensionSimulationSchema } from "@/lib/schemas/tension";
import { listDecrees } from "@/lib/server/admin/tension";
import { productCategories } from "@/lib/server/catalogue/queries";
import { lastChanges } from "@/lib/server/audit/queries";
import { actorWith } from "@/lib/server/guards";
import { endDecreeAction } from "./actions";

export const metadata: Metadata = { title: "Décrets de tension" };

const BADGE: Record<DecreeStatus, string> = { "en cours": "fr-badge--warning", "à venir": "fr-badge--info", terminé: "" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function TensionPage({ searchParams }: { searchParams: SearchParams }) {
  if (!(await actorWith("tension.manage"))) return <AccessDenied need={"tension.manage"} />;
  const now = new Date();
  const [decrees, categories] = await Promise.all([
    listDecrees(now),
    productCategories(),
  ]);
  const changes = await lastChanges("TensionDecree", decrees.map((d) => d.id));
  // Sent by the simulator's « Décider cette tension »: its category chosen in the form, its parameters recalled.
  const params = await searchParams;
  const simulated = tensionSimulationSchema.safeParse(Object.fromEntries(["categorie", "parLit", "parSalarie"].map((key) => [key, [params[key] ?? ""].flat()[0]])));
  // A decree is for one category: the simulator's « Décider cette tension » of a row sends that one.
  const chosen = simulated.success && simulated.data.categorie.length === 1 ? categories.find((c) => c.code === simulated.data.categorie[0]) : undefined;
  const quotasQuery = new URLSearchParams(
    Object.entries({ categorie: chosen?.code, parLit: simulated.data?.parLit, parSalarie: simulated.data?.parSalarie }).flatMap(([key, value]) =>
      value === undefined ? [] : [[key, typeof value === "number" ? formatDecimal(value) : value]],
    ),
  ).toString();
  return (
    <>
      <h1>Décrets de tension</h1>
      <p>
        Pendant un décret de tension, les EPI de la catégorie sont servis gratuitement sur le stock de l&apos;État, dans la
        limite du quota hebdomadaire de chaque établissement ; hors tension, ils se commandent au groupement RESAH – UniHA.
        Une catégorie n&apos;a jamais deux décrets en même temps. Les dates sont à l&apos;heure de Paris.
      </p>

      <section aria-labelledby="new-decree-title" className="fr-mb-6w">
        <h2 id="new-decree-title">Nouveau décret</h2>
        {chosen && simulated.success && (
          <div className="fr-alert fr-alert--info fr-alert--sm fr-mb-3w" data-testid="simulated-tension">
            <p>
              Tension simulée pour {chosen.name}
              {simulated.data.parLit !== undefined && simulated.data.parSalarie !== undefined
                ? ` avec ${formatDecimal(simulated.data.parLit)} unités par lit ou place et ${formatDecimal(simulated.data.parSalarie)} par salarié et par semaine`
                : ""}
              . Le contingent se règle à la page Quotas, à partir de la semaine choisie :{" "}
              <Link href={`/admin/quotas?${quotasQuery}`}>régler le contingent de {chosen.name}</Link>.
            </p>
          </div>
        )}
        <DecreeForm
          categories={categories.map((c) => ({ value: c.code, label: c.name }))}
          defaultStartsAt={toParisLocalDateTime(now)}
          defaultCategoryCode={chosen?.code}
        />
      </section>

      <section aria-labelledby="decrees-title">
        <h2 id="decrees-title">Décrets</h2>
        {decrees.length === 0 ? (
          <p>Aucun décret de tension n&apos;a encore été pris.</p>
        ) : (
          <DataTable caption="Décrets de tension, en cours d'abord (heure de Paris)" columns={["Catégorie", "Début", "Fin", "Motif", "Statut", "Action"]}>
            {decrees.map((decree) => (
              <tr key={decree.id} data-testid={`decree-${decree.id}`}>
                <th scope="row">
                  {decree.category.name}
                  <LastChange change={changes.get(decree.id)} />
                </th>
                <td>{formatDateTime(decree.startsAt)}</td>
                <td>{decree.endsAt ? formatDateTime(decree.endsAt) : "sans date de fin"}</td>
                <td>{decree.reason}</td>
                <td>
                  <span className={`fr-badge fr-badge--sm ${BADGE[decree.status]}`}>{decree.status}</span>
                </td>
                <td>
                  {decree.status === "en cours" && (
                    <ActionButton
                      action={endDecreeAction}
                      input={{ id: decree.id }}
                      text="Terminer maintenant"
                      label={`Terminer maintenant le décret ${decree.category.name} du ${formatDateTime(decree.startsAt)}`}
                      confirmation="Les prochaines commandes de cette catégorie passeront par le groupement RESAH – UniHA, sans contingent."
                    />
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </>
  );
}
