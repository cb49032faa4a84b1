import Link from "next/link";
import { holdersOf, type CapabilityNeed } from "@/lib/domain/permissions/permissions";

/** Shown, instead of the page, to a signed-in user whose role does not open it. */
export function AccessDenied({ need }: { need: CapabilityNeed }) {
  return (
    <>
      <h1>Accès refusé</h1>
      <div className="fr-alert fr-alert--error" role="alert">
        <p>Cette page est réservée {holdersOf(need)}. Votre rôle ne permet pas d&apos;y accéder.</p>
      </div>
      <p className="fr-mt-4w">
        <Link href="/accueil">Retour à mon espace</Link>
      </p>
    </>
  );
}
