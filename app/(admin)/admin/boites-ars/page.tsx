import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { ArsMailboxForm } from "@/components/admin/ars-mailbox-form";
import { LastChange } from "@/components/audit/last-change";
import { DataTable } from "@/components/ui/data-table";
import { lastChanges } from "@/lib/server/audit/queries";
import { actorWith } from "@/lib/server/guards";
import { listArsMailboxes } from "@/lib/server/referential/ars-mailboxes";

export const metadata: Metadata = { title: "Adresses des ARS" };

export default async function ArsMailboxesPage() {
  if (!(await actorWith("ars-mailboxes.manage"))) return <AccessDenied need={"ars-mailboxes.manage"} />;
  const regions = await listArsMailboxes();
  const changes = await lastChanges("Region", regions.map((region) => region.code));
  return (
    <>
      <h1>Adresses des ARS</h1>
      <p>
        L&apos;adresse électronique de chaque ARS pour Distrilog-santé : la page d&apos;aide et la page d&apos;accès refusé
        la donnent aux établissements, et la synthèse hebdomadaire y est envoyée. Chaque changement est journalisé (
        <a href="/admin/journal?objet=Region">journal des adresses</a>).
      </p>
      <section aria-labelledby="mailbox-form-title" className="fr-mb-6w">
        <h2 id="mailbox-form-title">Changer une adresse</h2>
        <ArsMailboxForm regions={regions.map((region) => ({ value: region.code, label: region.name }))} />
      </section>
      <DataTable caption="Adresse électronique de chacune des 18 ARS" columns={["Région", "Adresse électronique"]} framed className="fr-table--multiline">
        {regions.map((region) => (
          <tr key={region.code} data-testid={`mailbox-${region.code}`}>
            <th scope="row">{region.name}</th>
            <td>
              <span className="wrap-anywhere">{region.mailbox ?? "aucune : la synthèse n'est pas envoyée"}</span>
              <LastChange change={changes.get(region.code)} />
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
