import type { Metadata } from "next";
import { ErrorPanel } from "@/components/layout/error-panel";

export const metadata: Metadata = { title: "Page non trouvée" };

/** Every unknown address, and every notFound() of a page (an order of another establishment, say). */
export default function NotFound() {
  return (
    <ErrorPanel
      title="Page non trouvée"
      code="Erreur 404"
      lead="La page que vous cherchez est introuvable. Excusez-nous pour la gêne occasionnée."
      detail={
        <p>
          Si vous avez tapé l&apos;adresse dans votre navigateur, vérifiez qu&apos;elle est correcte. La page n&apos;est peut-être plus
          disponible, ou elle ne vous est pas accessible. Vous pouvez revenir à la page d&apos;accueil ou nous écrire.
        </p>
      }
    />
  );
}
