import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInButton } from "@/components/auth/sign-in-button";
import { safeReturnPath } from "@/lib/domain/navigation/return-path";
import { sessionRefusals } from "@/lib/domain/session/refusals";
import { currentSession } from "@/lib/server/auth";
import { sessionPolicy } from "@/lib/server/env";

export const metadata: Metadata = { title: "Connexion" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ error?: string; callbackUrl?: string }> }) {
  const { error, callbackUrl } = await searchParams;
  // Back to the page that asked for sign-in, when it is one of the portal's own.
  const returnTo = safeReturnPath(callbackUrl) ?? "/accueil";
  const session = await currentSession();
  if (session.status === "open") redirect(returnTo);
  // A page or a form of a session that has ended lands here; the cookie still names that session.
  const ended = session.status === "ended" ? sessionRefusals.refusal("SESSION_ENDED", { end: session.end, policy: sessionPolicy() }).message : null;
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
        <h1>Connexion</h1>
        {ended && (
          <div className="fr-alert fr-alert--warning fr-mb-4w" role="alert">
            <p>{ended}</p>
          </div>
        )}
        {error && (
          <div className="fr-alert fr-alert--error fr-mb-4w" role="alert">
            <p>{sessionRefusals.refusal("SIGN_IN_FAILED", { error }).message}</p>
          </div>
        )}
        <p>
          Distrilog-santé utilise votre identité PLAGE de l&apos;ATIH : le portail ne vous demande aucun mot de passe
          propre.
        </p>
        <SignInButton callbackUrl={returnTo} />
        <p className="fr-mt-4w fr-text--sm">
          Pas de compte PLAGE ou pas de rôle « Opérateur commande EPI » ? Adressez-vous à l&apos;administrateur principal
          (APE) de votre établissement. Identité PLAGE : support@atih.sante.fr.
        </p>
      </div>
    </div>
  );
}
