"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setCategoryEligibilityAction } from "@/app/(admin)/admin/categories/actions";
import { ConfirmButton } from "@/components/modal/confirm-button";

export function CategoryEligibilityToggle({ code, label, eligible }: { code: string; label: string; eligible: boolean }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const toggle = () =>
    startTransition(async () => {
      const result = await setCategoryEligibilityAction({ code, eligible: !eligible });
      setError(result.ok ? null : result.error);
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
      {error && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
