"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { setCategoryEligibilityAction } from "@/app/(admin)/admin/categories/actions";
import { ConfirmButton } from "@/components/modal/confirm-button";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";

export function CategoryEligibilityToggle({ code, label, eligible }: { code: string; label: string; eligible: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { outcome, setOutcome } = useOutcome();
  const toggle = () =>
    startTransition(async () => {
      const result = await settle(setCategoryEligibilityAction({ code, eligible: !eligible }));
      setOutcome(result.ok ? null : result);
      router.refresh();
    });
  return (
    <>
      {eligible ? (
        <ConfirmButton
          text="Retirer"
          label={`Retirer de la liste : ${code} ${label}`}
          className="fr-btn fr-btn--sm fr-btn--secondary"
          disabled={pending}
          title={`Retirer la catégorie ${code} de la liste des catégories éligibles ?`}
          confirmText="Retirer de la liste"
          onConfirm={toggle}
        >
          <p>
            Aucun établissement de la catégorie {code} – {label} ne pourra plus commander, dès sa requête suivante. Les
            commandes déjà passées ne changent pas.
          </p>
        </ConfirmButton>
      ) : (
        <button type="button" className="fr-btn fr-btn--sm" onClick={toggle} disabled={pending} aria-label={`Ajouter à la liste : ${code} ${label}`}>
          Ajouter
        </button>
      )}
      <ActionOutcome outcome={outcome} />
    </>
  );
}
