import type { Metadata } from "next";
import Link from "next/link";
import { DATA_PROTECTION_OFFICER, PUBLISHER } from "@/components/legal/publisher";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "Données personnelles" };

const KEPT = [
  {
    what: "Compte : adresse électronique, nom et prénom, numéro FINESS et rôles transmis par PLAGE (ATIH)",
    why: "vous identifier et appliquer vos droits d'accès",
    howLong: "tant que le compte est actif, puis 1 an après la dernière connexion",
  },
  {
    what: "Inscription : fonction, téléphone, contact, téléphone et horaires de livraison",
    why: "livrer les commandes et vous joindre à leur sujet",
    howLong: "tant que le compte est actif, puis 1 an après la dernière connexion",
  },
  {
    what: "Commandes, déclarations de stock, demandes (APE, révision de contingent, dépannage) et journal des actions",
    why: "tracer la distribution des EPI de l'État et en rendre compte",
    howLong: "5 ans après la fin de l'année de la commande ou de l'action",
  },
  {
    what: "Messages du formulaire de contact : nom, adresse électronique, message",
    why: "répondre à votre demande",
    howLong: "1 an après la réponse",
  },
  {
    what: "Session de connexion (cookie)",
    why: "vous garder connecté entre deux pages",
    howLong: "8 heures au plus, et jusqu'à la déconnexion",
  },
];

export default function PersonalDataPage() {
  return (
    <>
      <h1>Données personnelles</h1>
      <p>
        Le responsable du traitement est le {PUBLISHER.name}. Cette page décrit les données que Distrilog-santé
        enregistre sur ses utilisateurs, pourquoi et pour combien de temps, et comment exercer vos droits.
      </p>

      <h2>Finalités</h2>
      <ul>
        <li>permettre aux établissements éligibles de commander des équipements de protection individuelle et de les recevoir ;</li>
        <li>répartir le stock de l&apos;État selon les contingents hebdomadaires et les décisions des ARS ;</li>
        <li>permettre aux ARS et au ministère de suivre la distribution et de décider des demandes ;</li>
        <li>assurer la sécurité du portail et la traçabilité des actions.</li>
      </ul>

      <h2>Base légale</h2>
      <p>
        Ces traitements sont nécessaires à l&apos;exécution d&apos;une mission d&apos;intérêt public dont est investi le
        ministère (article 6-1-e du règlement général sur la protection des données, RGPD) : la gestion des stocks
        stratégiques d&apos;EPI de l&apos;État.
      </p>

      <h2>Données conservées et durée</h2>
      <DataTable caption="Données enregistrées par Distrilog-santé" columns={["Données", "Pour quoi", "Durée de conservation"]} framed>
        {KEPT.map((row) => (
          <tr key={row.what}>
            <td>{row.what}</td>
            <td>{row.why}</td>
            <td>{row.howLong}</td>
          </tr>
        ))}
      </DataTable>

      <h2>Destinataires et sous-traitants</h2>
      <ul>
        <li>les agents habilités du ministère, de l&apos;ARS de votre région et du centre de crise sanitaire ;</li>
        <li>le logisticien chargé de préparer et livrer les commandes (contact et adresse de livraison seulement) ;</li>
        <li>l&apos;ATIH, qui fournit l&apos;identité PLAGE avec laquelle vous vous connectez ;</li>
        <li>l&apos;hébergeur du portail, en France.</li>
      </ul>
      <p>Aucune donnée n&apos;est vendue, ni transférée hors de l&apos;Union européenne.</p>

      <h2>Cookies</h2>
      <p>
        Le portail ne dépose que les cookies nécessaires à la connexion, sans mesure d&apos;audience ni publicité : voir{" "}
        <Link href="/gestion-des-cookies">Gestion des cookies</Link>.
      </p>

      <h2>Vos droits</h2>
      <p>
        Vous disposez d&apos;un droit d&apos;accès, de rectification, d&apos;effacement, de limitation du traitement et
        d&apos;opposition sur vos données. Les données d&apos;identité venant de PLAGE se corrigent auprès de
        l&apos;ATIH ; les autres, auprès du délégué à la protection des données.
      </p>

      <h2>Délégué à la protection des données</h2>
      <p>
        {DATA_PROTECTION_OFFICER.title} : <a href={`mailto:${DATA_PROTECTION_OFFICER.email}`}>{DATA_PROTECTION_OFFICER.email}</a>, ou
        par courrier : {DATA_PROTECTION_OFFICER.address}.
      </p>
      <p>
        Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une
        réclamation à la Commission nationale de l&apos;informatique et des libertés (CNIL).
      </p>
    </>
  );
}
