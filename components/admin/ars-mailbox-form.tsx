"use client";

import { setArsMailboxAction } from "@/app/(admin)/admin/boites-ars/actions";
import { ActionForm } from "@/components/ui/action-form";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ArsMailboxFormInput } from "@/lib/schemas/ars-mailbox";

/** Replaces the mailbox of one ARS. */
export function ArsMailboxForm({ regions }: { regions: ReadonlyArray<{ value: string; label: string }> }) {
  const { field, shell } = useActionForm<ArsMailboxFormInput, { name: string; mailbox: string }>({
    schema: () => import("@/lib/schemas/ars-mailbox").then((m) => m.setArsMailboxSchema),
    action: setArsMailboxAction,
    defaultValues: { regionCode: "", mailbox: "" },
    success: ({ name, mailbox }) => `Adresse de l'ARS ${name} enregistrée : ${mailbox}.`,
    resetOnSuccess: true,
  });
  return (
    <ActionForm shell={shell} submitLabel="Enregistrer l'adresse">
      <SelectField id="mailbox-region" label="Région" placeholder="Choisir une région" options={regions} {...field("regionCode")} />
      <TextField id="mailbox-address" label="Nouvelle adresse électronique" hint="Par exemple ars-ara-distrilog-sante@ars.sante.fr" type="email" autoComplete="off" {...field("mailbox")} />
    </ActionForm>
  );
}
