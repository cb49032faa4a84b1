import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { ATIH_SUPPORT_EMAIL, HELPLINE } from "@/components/contact/support-channels";
import { PLAGE_ROLE_LABELS } from "@/lib/domain/identity/plage-roles";
import { DataTable } from "@/components/ui/data-table";
import { listArsMailboxes } from "@/lib/server/referential/ars-mailboxes";

export const metadata: Metadata = { title: "Aide et assistance" };

export default async function HelpPage() {
  // Read at each request: the national admin's change of a mailbox shows here at once.
  await connection();
  const regions = await listArsMailboxes();
  return (
    <>
      <h1>Aide et assistance</h1>
      <p className="fr-text--lead">
        Avant d&apos;appeler, consultez la <Link href="/faq">foire aux questions</Link> : connexion, numéro FINESS,
        rôles, commandes et livraisons.
      </p>

      <h2>Assistance du portail</h2>
      <p>
        Pour l&apos;utilisation de Distrilog-santé (commandes, contingent, livraisons) : appelez le{" "}
        <a href={HELPLINE.href}>{HELPLINE.display}</a>, {HELPLINE.hours}, ou écrivez-nous avec le{" "}
        <Link href="/contact">formulaire de contact</Link>.
      </p>

      <h2>Identité PLAGE (ATIH)</h2>
      <p>
        Pour votre compte PLAGE, votre mot de passe ou votre adresse électronique : écrivez au support de
        l&apos;ATIH, <a href={`mailto:${ATIH_SUPPORT_EMAIL}`}>{ATIH_SUPPORT_EMAIL}</a>. Le rôle « {PLAGE_ROLE_LABELS.OPERATOR} »
        est attribué par l&apos;administrateur principal (APE) de votre établissement, pas par l&apos;ATIH (voir{" "}
        <Link href="/faq#role">quel rôle demander</Link>).
      </p>

      <h2>Agence régionale de santé (ARS)</h2>
      <p>
        Pour l&apos;éligibilité de votre établissement, votre contingent ou une situation propre à votre territoire :
        écrivez à l&apos;ARS de votre région.
      </p>
      <DataTable caption="Adresses électroniques des 18 ARS pour Distrilog-santé" columns={["Région", "Adresse électronique"]} framed className="fr-table--multiline">
        {regions.map((region) => (
          <tr key={region.code}>
            <th scope="row">{region.name}</th>
            <td>
              {/* Long addresses wrap rather than push the table wider than a phone screen. */}
              {region.mailbox ? (
                <a className="wrap-anywhere" href={`mailto:${region.mailbox}`}>
                  {region.mailbox}
                </a>
              ) : (
                <>pas encore d&apos;adresse : appelez l&apos;assistance du portail</>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
