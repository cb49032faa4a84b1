import Link from "next/link";

/** Shown, instead of the page, to a signed-in user whose role does not open it. */
export function AccessDenied({ reserved }: { reserved: string }) {
  return (
    <>
      <h1>Accès refusé</h1>
      <div className="fr-alert fr-alert--error" role="alert">
        <p>Cette page est réservée {reserved}. Votre rôle ne permet pas d&apos;y accéder.</p>
      </div>
      <p className="fr-mt-4w">
        <Link href="/accueil">Retour à mon espace</Link>
      </p>
    </>
  );
}
