"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { takeContactMessageInHandAction } from "@/app/(admin)/admin/messages/actions";
import { ActionOutcome, settle, useOutcome } from "@/components/ui/action-outcome";

/** Marks a new message « en cours », so that other readers see someone is on it before the answer leaves. */
export function TakeInHandButton({ messageId }: { messageId: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const { outcome, setOutcome } = useOutcome();
  const take = () =>
    startTransition(async () => {
      const result = await settle(takeContactMessageInHandAction({ messageId }));
      setOutcome(result.ok ? null : result);
      router.refresh();
    });
  return (
    <>
      <button type="button" className="fr-btn fr-btn--sm fr-btn--secondary fr-mt-1w" onClick={take} disabled={pending}>
        Marquer en cours
      </button>
      <ActionOutcome outcome={outcome} />
    </>
  );
}
