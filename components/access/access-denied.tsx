import Link from "next/link";
import { accessRefusals } from "@/lib/domain/access/refusals";
import { plageRoleName } from "@/lib/domain/identity/plage-roles";
import { holdersOf, rolesWith, type CapabilityNeed } from "@/lib/domain/permissions/permissions";

/** Shown, instead of the page, to a signed-in user whose role does not open it. */
export function AccessDenied({ need }: { need: CapabilityNeed }) {
  return (
    <>
      <h1>Accès refusé</h1>
      <div className="fr-alert fr-alert--error" role="alert" data-refusal="PAGE_RESERVED">
        <p>{accessRefusals.refusal("PAGE_RESERVED", { holders: holdersOf(need) }).message}</p>
      </div>
      <p className="fr-mt-4w">
        <Link href="/accueil">Retour à mon espace</Link>
      </p>
    </>
  );
}

/** In place of a form of an establishment's page: the PLAGE role it needs, to ask the APE for. */
export function RoleRequired({ need, purpose }: { need: CapabilityNeed; purpose: string }) {
  const roles = rolesWith(need).map(plageRoleName);
  return (
    <div className="fr-alert fr-alert--error fr-mb-4w" role="alert" data-refusal="ROLE_REQUIRED">
      <p>{accessRefusals.refusal("ROLE_REQUIRED", { roles, purpose }).message}</p>
    </div>
  );
}
