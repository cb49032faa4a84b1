import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { EligibleCategoryList } from "@/components/faq/eligible-category-list";
import { ATIH_SUPPORT_EMAIL, HELPLINE } from "@/components/contact/support-channels";
import { DISTRILOG_DOMAIN, PLAGE_ROLE_LABELS } from "@/lib/domain/identity/plage-roles";

export const metadata: Metadata = { title: "Foire aux questions" };

const FINESS_SITE = "https://finess.esante.gouv.fr";
const OPERATOR_ROLE = `« ${PLAGE_ROLE_LABELS.OPERATOR} » du domaine « ${DISTRILOG_DOMAIN} »`;

interface Question {
  /** Other pages link here (/faq#finess): once published, an id never changes. */
  id: string;
  question: string;
  answer: ReactNode;
}

interface Rubric {
  id: string;
  title: string;
  questions: Question[];
}

// Plain headings rather than DSFR accordions: those stay closed without the DSFR JavaScript, which the portal does
// not load, and every answer stays reachable by an anchor, by search in the page and in print.
const RUBRICS: Rubric[] = [
  {
    id: "rubrique-connexion",
    title: "Connexion",
    questions: [
      {
        id: "compte-plage",
        question: "Avec quel compte me connecter ?",
        answer: (
          <>
            <p>
              Avec votre compte PLAGE de l&apos;ATIH, celui des autres services de l&apos;ATIH. Le portail ne gère aucun
              mot de passe : le bouton « Connexion » vous conduit à la page d&apos;identification de l&apos;ATIH, qui vous
              ramène sur le portail une fois identifié.
            </p>
            <p>
              Pas encore de compte PLAGE ? Demandez-le à l&apos;administrateur principal de votre établissement (
              <a href="#ape">APE</a>).
            </p>
          </>
        ),
      },
      {
        id: "identifiants-redemandes",
        question: "Pourquoi mes identifiants me sont-ils demandés à chaque connexion ?",
        answer: (
          <p>
            Le portail demande à l&apos;ATIH de vérifier votre identité à chaque connexion, même si vous êtes déjà
            connecté à un autre service de l&apos;ATIH. Sur un poste partagé, dans un service de soins par exemple, la
            personne qui commande est ainsi toujours celle qui est devant l&apos;écran.
          </p>
        ),
      },
      {
        id: "deconnexion",
        question: "Comment me déconnecter ?",
        answer: (
          <p>
            Avec le bouton « Se déconnecter » en haut de page. Sur un poste partagé, déconnectez-vous avant de le
            quitter : la personne suivante devra saisir ses propres identifiants.
          </p>
        ),
      },
      {
        id: "acces-refuse",
        question: "L'ATIH m'a bien identifié, mais le portail me refuse l'accès.",
        answer: (
          <>
            <p>L&apos;accès au portail suppose, à chaque connexion :</p>
            <ul>
              <li>
                que votre profil PLAGE porte le rôle {OPERATOR_ROLE} (<a href="#role">quel rôle demander</a>) ;
              </li>
              <li>
                que ce profil porte le bon numéro FINESS (<a href="#finess">quel numéro FINESS</a>) ;
              </li>
              <li>
                que la catégorie de l&apos;établissement soit éligible (<a href="#categories">qui peut commander</a>).
              </li>
            </ul>
          </>
        ),
      },
    ],
  },
  {
    id: "rubrique-finess",
    title: "Numéro FINESS",
    questions: [
      {
        id: "finess",
        question: "Quel numéro FINESS utiliser ?",
        answer: (
          <>
            <ul>
              <li>
                <strong>Établissement privé</strong> (commercial ou non lucratif) : le FINESS géographique (ET) de
                l&apos;établissement ;
              </li>
              <li>
                <strong>Établissement public mono-site</strong> : le FINESS géographique (ET) ;
              </li>
              <li>
                <strong>Établissement public multi-sites</strong> : le FINESS juridique (EJ) de l&apos;entité de
                référence.
              </li>
            </ul>
            <p>C&apos;est ce numéro qui doit figurer sur votre profil PLAGE.</p>
          </>
        ),
      },
      {
        id: "format-finess",
        question: "Comment reconnaître un numéro FINESS valide ?",
        answer: (
          <p>
            Un numéro FINESS compte 9 caractères. Les deux premiers désignent le département (2A et 2B pour la Corse, 9A à
            9J pour l&apos;outre-mer) ; le dernier est une clé de contrôle calculée sur les huit premiers (formule de
            Luhn), qui détecte la plupart des fautes de frappe. Un numéro dont la clé est fausse est refusé.
          </p>
        ),
      },
      {
        id: "verifier-finess",
        question: "Où vérifier mon numéro FINESS ?",
        answer: (
          <p>
            Sur le site public du répertoire FINESS, <a href={FINESS_SITE}>finess.esante.gouv.fr</a> : recherchez votre
            établissement par son nom, sa commune ou son numéro. Sa fiche donne son FINESS géographique (ET), le FINESS
            juridique (EJ) de son entité juridique et sa catégorie.
          </p>
        ),
      },
    ],
  },
  {
    id: "rubrique-roles",
    title: "Rôles et profils",
    questions: [
      {
        id: "role",
        question: "Quel rôle faut-il dans PLAGE ?",
        answer: (
          <p>
            Le rôle {OPERATOR_ROLE}. Il est attribué dans PLAGE par l&apos;administrateur principal de votre
            établissement (<a href="#ape">APE</a>) : c&apos;est à lui qu&apos;il faut le demander.
          </p>
        ),
      },
      {
        id: "ape",
        question: "Qui est l'administrateur principal d'établissement (APE) ?",
        answer: (
          <p>
            La personne qui gère dans PLAGE les comptes de votre établissement : elle crée les comptes et attribue les
            rôles de chaque domaine. Si vous ne savez pas qui l&apos;est, renseignez-vous auprès de la direction de votre
            établissement.
          </p>
        ),
      },
      {
        id: "profil-unique",
        question: "J'ai plusieurs profils PLAGE avec la même adresse électronique.",
        answer: (
          <p>
            Le portail n&apos;admet qu&apos;un profil par adresse électronique : un compte qui porte plusieurs profils
            PLAGE n&apos;accède qu&apos;au premier FINESS enregistré avec cette adresse. Chaque FINESS a besoin de sa
            propre adresse électronique : demandez à votre APE un compte PLAGE distinct pour chaque établissement dont
            vous passez les commandes.
          </p>
        ),
      },
      {
        id: "categories",
        question: "Mon établissement peut-il commander ?",
        answer: (
          <>
            <p>
              Oui, si sa catégorie FINESS figure sur la liste des catégories éligibles ci-dessous. Cette liste est fixée
              et tenue à jour par le ministère chargé de la santé ; elle est affichée ici telle qu&apos;il la gère.
            </p>
            <EligibleCategoryList />
            <p>
              La catégorie de votre établissement figure sur sa fiche du <a href="#verifier-finess">site FINESS</a>. Pour
              toute question sur l&apos;éligibilité, écrivez à l&apos;ARS de votre région (adresses sur la page{" "}
              <Link href="/aide">Aide et assistance</Link>).
            </p>
          </>
        ),
      },
    ],
  },
  {
    id: "rubrique-commandes",
    title: "Commandes et livraisons",
    questions: [
      {
        id: "tension",
        question: "Les EPI sont-ils gratuits ?",
        answer: (
          <>
            <p>Cela dépend de la situation de chaque catégorie d&apos;EPI (masques, gants, blouses…) :</p>
            <ul>
              <li>
                <strong>en période de tension</strong>, les EPI sont fournis gratuitement par le stock de l&apos;État,
                dans la limite d&apos;un <a href="#contingent">contingent hebdomadaire</a> par établissement ;
              </li>
              <li>
                <strong>hors tension</strong>, votre établissement les achète auprès du groupement RESAH – UniHA, aux prix
                négociés du marché national.
              </li>
            </ul>
          </>
        ),
      },
      {
        id: "contingent",
        question: "Comment mon contingent hebdomadaire est-il calculé ?",
        answer: (
          <p>
            Pour chaque établissement, à partir de sa capacité (lits et places) et de son effectif salarié. Il vaut pour
            une semaine ISO : du lundi 0 h au dimanche 24 h, heure de Paris.
          </p>
        ),
      },
      {
        id: "livraison",
        question: "Qui livre les commandes ?",
        answer: (
          <p>
            La Poste livre la plupart des établissements. Les plus grands hôpitaux et les établissements des départements
            et collectivités d&apos;outre-mer (DROM-COM) sont livrés directement par Santé publique France.
          </p>
        ),
      },
      {
        id: "annulation",
        question: "Puis-je annuler une commande ?",
        answer: (
          <p>
            Oui, tant que sa préparation n&apos;a pas commencé. Les quantités annulées sont alors rendues à votre
            contingent.
          </p>
        ),
      },
    ],
  },
  {
    id: "rubrique-assistance",
    title: "Assistance",
    questions: [
      {
        id: "qui-contacter",
        question: "Qui contacter en cas de difficulté ?",
        answer: (
          <>
            <ul>
              <li>
                le portail, ses commandes et ses livraisons : l&apos;assistance au{" "}
                <a href={HELPLINE.href}>{HELPLINE.display}</a>, {HELPLINE.hours} ;
              </li>
              <li>
                votre compte PLAGE ou votre mot de passe : le support de l&apos;ATIH,{" "}
                <a href={`mailto:${ATIH_SUPPORT_EMAIL}`}>{ATIH_SUPPORT_EMAIL}</a> ;
              </li>
              <li>l&apos;éligibilité ou le contingent de votre établissement : l&apos;ARS de votre région ;</li>
              <li>
                toute autre question : le <Link href="/contact">formulaire de contact</Link>.
              </li>
            </ul>
            <p>
              Tous ces contacts, dont les adresses des 18 ARS, sont sur la page{" "}
              <Link href="/aide">Aide et assistance</Link>.
            </p>
          </>
        ),
      },
    ],
  },
];

export default function FaqPage() {
  return (
    <>
      <h1>Foire aux questions</h1>
      <nav className="fr-summary fr-mb-6w" aria-labelledby="faq-sommaire">
        <p className="fr-summary__title" id="faq-sommaire">
          Sommaire
        </p>
        <ol>
          {RUBRICS.map((rubric) => (
            <li key={rubric.id}>
              <a className="fr-summary__link" href={`#${rubric.id}`}>
                {rubric.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {RUBRICS.map((rubric) => (
        <section key={rubric.id} className="fr-mb-6w">
          <h2 id={rubric.id}>{rubric.title}</h2>
          {rubric.questions.map(({ id, question, answer }) => (
            <div key={id} className="fr-mb-4w">
              <h3 id={id} className="fr-h5">
                {question}
              </h3>
              {answer}
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
