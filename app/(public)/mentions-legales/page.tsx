import type { Metadata } from "next";
import Link from "next/link";
import { HELPLINE } from "@/components/contact/support-channels";
import { PUBLISHER } from "@/components/legal/publisher";

export const metadata: Metadata = { title: "Mentions légales" };

export default function LegalNoticePage() {
  return (
    <>
      <h1>Mentions légales</h1>

      <h2>Éditeur</h2>
      <p>
        Distrilog-santé est édité par le {PUBLISHER.name}, {PUBLISHER.address}.
      </p>

      <h2>Directeur de la publication</h2>
      <p>Le directeur de la publication est {PUBLISHER.director}.</p>

      <h2>Hébergement</h2>
      <p>
        Le portail est hébergé sur l&apos;infrastructure des ministères sociaux, en France. Ses données ne quittent pas
        l&apos;Union européenne.
      </p>

      <h2>Objet du portail</h2>
      <p>
        Distrilog-santé permet aux établissements de santé et médico-sociaux éligibles de commander des équipements de
        protection individuelle (EPI), sur le stock de l&apos;État en période de tension ou auprès du groupement RESAH –
        UniHA, et aux agences régionales de santé (ARS) et au ministère d&apos;en suivre la distribution.
      </p>

      <h2>Propriété intellectuelle</h2>
      <p>
        Sauf mention contraire, les contenus du portail sont publiés sous la{" "}
        <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md" target="_blank" rel="noopener" title="Licence Ouverte 2.0 – nouvelle fenêtre">
          licence Ouverte 2.0 (Etalab)
        </a>
        . Le logo de la République française et la police Marianne sont réservés aux services de l&apos;État.
      </p>

      <h2>Accessibilité</h2>
      <p>
        Le portail est non conforme au RGAA 4.1 faute d&apos;audit : voir la{" "}
        <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
      </p>

      <h2>Données personnelles et cookies</h2>
      <p>
        Voir <Link href="/donnees-personnelles">Données personnelles</Link> et{" "}
        <Link href="/gestion-des-cookies">Gestion des cookies</Link>.
      </p>

      <h2>Nous contacter</h2>
      <p>
        Assistance du portail : <a href={HELPLINE.href}>{HELPLINE.display}</a> ({HELPLINE.hours}) ou le{" "}
        <Link href="/contact">formulaire de contact</Link>.
      </p>
    </>
  );
}
