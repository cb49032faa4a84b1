"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { setCategoryEligibilityAction } from "@/app/(admin)/admin/categories/actions";

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
      <button
        type="button"
        className={`fr-btn fr-btn--sm ${eligible ? "fr-btn--secondary" : ""}`}
        onClick={toggle}
        disabled={pending}
        aria-label={`${eligible ? "Retirer de la liste" : "Ajouter à la liste"} : ${code} ${label}`}
      >
        {eligible ? "Retirer" : "Ajouter"}
      </button>
      {error && (
        <p className="fr-error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
