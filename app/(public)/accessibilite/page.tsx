import type { Metadata } from "next";
import Link from "next/link";
import { ACCESSIBILITY_STATEMENT_DATE, PUBLISHER } from "@/components/legal/publisher";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

/** The RGAA statement: the honest status without an audit is « non conforme » (RGAA 4.1, § « état de conformité »). */
export default function AccessibilityPage() {
  return (
    <>
      <h1>Déclaration d&apos;accessibilité</h1>
      <p>
        Le {PUBLISHER.name} s&apos;engage à rendre ses services numériques accessibles, conformément à l&apos;article 47
        de la loi n° 2005-102 du 11 février 2005. Cette déclaration s&apos;applique au portail <strong>Distrilog-santé</strong>.
      </p>

      <h2>État de conformité</h2>
      <p>
        Distrilog-santé est <strong>non conforme</strong> avec le référentiel général d&apos;amélioration de
        l&apos;accessibilité (RGAA), version 4.1 : aucun audit de conformité n&apos;a encore été réalisé.
      </p>

      <h2>Résultats des tests</h2>
      <p>
        Faute d&apos;audit, aucun taux de conformité n&apos;est publié. Chaque page du portail est contrôlée
        automatiquement (axe-core, critères WCAG 2.1 A et AA) à 320, 768 et 1280 pixels de large, et le parcours de
        commande est testé au clavier seul. Ces contrôles automatiques ne remplacent pas un audit.
      </p>

      <h2>Contenus non accessibles</h2>
      <h3>Non-conformités connues</h3>
      <ul>
        <li>
          Les cartes du tableau de bord (une tuile par région ou département) ne sont pas navigables au clavier tuile par
          tuile ; leurs valeurs figurent dans les tableaux de totaux placés juste en dessous.
        </li>
        <li>La courbe d&apos;évolution des commandes n&apos;a pour alternative que le tableau de valeurs qui l&apos;accompagne.</li>
        <li>Les fichiers exportés (CSV, XLSX) n&apos;ont pas été vérifiés avec les technologies d&apos;assistance.</li>
        <li>
          La page de connexion de l&apos;ATIH (PLAGE), service tiers vers lequel le portail renvoie, n&apos;est pas couverte
          par cette déclaration.
        </li>
      </ul>

      <h2>Établissement de cette déclaration</h2>
      <p>Cette déclaration a été établie le {ACCESSIBILITY_STATEMENT_DATE}.</p>
      <h3>Technologies utilisées</h3>
      <ul>
        <li>HTML5, CSS, JavaScript</li>
        <li>Système de design de l&apos;État (DSFR)</li>
      </ul>
      <h3>Environnement de test</h3>
      <p>Chromium (Debian) avec axe-core, aux largeurs 320, 768 et 1280 pixels.</p>

      <h2>Retour d&apos;information et contact</h2>
      <p>
        Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, vous pouvez nous le signaler par le{" "}
        <Link href="/contact">formulaire de contact</Link> pour être orienté vers une alternative accessible ou obtenir
        le contenu sous une autre forme.
      </p>

      <h2>Voies de recours</h2>
      <p>
        Si vous avez signalé un défaut d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu ou à un service
        du portail et que vous n&apos;avez pas obtenu de réponse satisfaisante, vous pouvez saisir le Défenseur des
        droits :
      </p>
      <ul>
        <li>
          par le formulaire en ligne :{" "}
          <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noopener" title="Formulaire du Défenseur des droits – nouvelle fenêtre">
            formulaire.defenseurdesdroits.fr
          </a>
          ;
        </li>
        <li>
          en contactant le délégué du Défenseur des droits de votre région :{" "}
          <a href="https://www.defenseurdesdroits.fr/carte-des-delegues" target="_blank" rel="noopener" title="Carte des délégués du Défenseur des droits – nouvelle fenêtre">
            carte des délégués
          </a>
          ;
        </li>
        <li>par courrier, gratuitement et sans affranchissement : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
      </ul>
    </>
  );
}
