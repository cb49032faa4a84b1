import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ATIH_SUPPORT_EMAIL, HELPLINE } from "@/components/contact/support-channels";
import { explainFailure, type AccessHelp } from "@/lib/domain/access/failure-explanations";
import { requireSignedIn } from "@/lib/server/guards";
import { regionalContactWithMailbox, type RegionalContactWithMailbox as RegionalContact } from "@/lib/server/referential/ars-mailboxes";
import { accountDepartement } from "@/lib/server/requests/queries";

export const metadata: Metadata = { title: "Accès refusé" };

function RegionalHelp({ contact }: { contact: RegionalContact | undefined }) {
  if (!contact) return <Link href="/aide">Écrire à l&apos;ARS de votre région (adresses sur la page d&apos;aide)</Link>;
  if (contact.kind === "no-ars") {
    return (
      <>
        Votre établissement est à {contact.territory}, qu&apos;aucune des 18 ARS ne couvre : adressez-vous à {contact.authority}, ou
        appelez l&apos;assistance du portail au <a href={HELPLINE.href}>{HELPLINE.display}</a>
      </>
    );
  }
  const { region, mailbox } = contact;
  if (!mailbox) return <Link href="/aide">Écrire à l&apos;ARS {region.name} (page d&apos;aide)</Link>;
  return (
    <>
      Écrire à l&apos;ARS {region.name} : <a href={`mailto:${mailbox}`}>{mailbox}</a>
    </>
  );
}

function HelpLink({ help, contact, faqAnchor }: { help: AccessHelp; contact: RegionalContact | undefined; faqAnchor: string }) {
  switch (help) {
    case "FAQ":
      return <Link href={`/faq#${faqAnchor}`}>Lire la question correspondante de la FAQ</Link>;
    case "FINESS_SITE":
      return (
        <a href="https://finess.esante.gouv.fr" rel="noopener">
          Vérifier votre numéro sur le site public FINESS
        </a>
      );
    case "ASK_APE":
      return <>Demander à l&apos;administrateur principal (APE) de votre établissement de corriger votre profil PLAGE</>;
    case "ARS_MAILBOX":
      return <RegionalHelp contact={contact} />;
    case "ATIH_SUPPORT":
      return (
        <>
          Contacter l&apos;assistance PLAGE de l&apos;ATIH : <a href={`mailto:${ATIH_SUPPORT_EMAIL}`}>{ATIH_SUPPORT_EMAIL}</a>
        </>
      );
  }
}

export default async function AccessRefusedPage() {
  const access = await requireSignedIn();
  if (access.decision.allowed) redirect("/accueil");
  const contact = access.profile ? await regionalContactWithMailbox(await accountDepartement(access.profile.finess)) : undefined;
  const { failures } = access.decision;
  return (
    <>
      <h1>Accès refusé</h1>
      <p className="fr-text--lead">
        {failures.length > 1
          ? `${failures.length} conditions d'accès ne sont pas remplies. Chacune est expliquée ci-dessous, avec ce qu'il faut faire.`
          : "Une condition d'accès n'est pas remplie. Elle est expliquée ci-dessous, avec ce qu'il faut faire."}
      </p>
      <ol className="fr-mb-6w" data-testid="access-failures">
        {failures.map((failure) => {
          const explanation = explainFailure(failure);
          return (
            <li key={failure.code} className="fr-mb-4w" data-failure={failure.code}>
              <h2 className="fr-h5">{explanation.title}</h2>
              <p>{explanation.detail}</p>
              <p className="fr-mb-1w">Que faire :</p>
              <ul>
                {explanation.help.map((help) => (
                  <li key={help}>
                    <HelpLink help={help} contact={contact} faqAnchor={explanation.faqAnchor} />
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ol>
      <div className="fr-callout">
        <h2 className="fr-callout__title">Besoin d&apos;aide ?</h2>
        <p className="fr-callout__text">
          Consultez la <Link href="/faq">FAQ</Link>
          {contact?.kind === "ars" && contact.mailbox && (
            <>
              , écrivez à l&apos;ARS {contact.region.name} (<a href={`mailto:${contact.mailbox}`}>{contact.mailbox}</a>)
            </>
          )}
          {contact?.kind === "no-ars" && <>, adressez-vous à {contact.authority}</>}{" "}
          ou appelez l&apos;assistance du portail au <a href={HELPLINE.href}>{HELPLINE.display}</a> ({HELPLINE.hours}).
        </p>
      </div>
    </>
  );
}
