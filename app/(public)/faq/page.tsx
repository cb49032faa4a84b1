import type { Metadata } from "next";

export const metadata: Metadata = { title: "Foire aux questions" };

const QUESTIONS: Array<{ question: string; answer: string }> = [
  {
    question: "Avec quel identifiant me connecter ?",
    answer:
      "Avec votre compte PLAGE de l'ATIH (le même que pour les autres services de l'ATIH). Le portail ne gère aucun mot de passe.",
  },
  {
    question: "Quel numéro FINESS utiliser ?",
    answer:
      "Établissement privé : le FINESS géographique (ET). Établissement public mono-site : le FINESS géographique (ET). Établissement public multi-sites : le FINESS juridique (EJ) de l'entité de référence.",
  },
  {
    question: "Quel rôle faut-il dans PLAGE ?",
    answer:
      "Le rôle « Opérateur commande EPI » dans le domaine « Distrilog-santé ». Il est attribué par l'administrateur principal d'établissement (APE).",
  },
  {
    question: "J'ai plusieurs profils PLAGE avec la même adresse électronique.",
    answer:
      "Un seul profil par adresse électronique : seul le premier FINESS enregistré avec cette adresse accède au portail. Chaque FINESS a besoin de sa propre adresse.",
  },
];

export default function FaqPage() {
  return (
    <>
      <h1>Foire aux questions</h1>
      {QUESTIONS.map(({ question, answer }) => (
        <section key={question} className="fr-mb-4w">
          <h2 className="fr-h5">{question}</h2>
          <p>{answer}</p>
        </section>
      ))}
      <p>
        Assistance du portail : 09 70 82 18 65 (8h30–18h). Identité PLAGE : <a href="mailto:support@atih.sante.fr">support@atih.sante.fr</a>.
      </p>
    </>
  );
}
