"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent, type RefObject } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "@/lib/schemas/zod";
import type { ActionResult } from "@/lib/server/action";

export interface FormOutcome {
  ok: boolean;
  text: string;
}

/** What AdminFormShell needs from the hook. */
export interface AdminFormShellProps {
  onSubmit: (event?: FormEvent) => Promise<void>;
  outcome: FormOutcome | null;
  alertRef: RefObject<HTMLDivElement | null>;
  isSubmitting: boolean;
}

/**
 * A national-admin form: the shared schema checks it in the browser (first wrong field focused), the action checks
 * it again on the server; the server's field errors land on their fields, and the outcome is announced in an alert
 * that takes the focus. The form sends what its inputs hold: the action's schema turns it into stored values.
 */
export function useAdminForm<TInput extends FieldValues, TResult>({
  schema,
  action,
  defaultValues,
  success,
  resetOnSuccess = false,
}: {
  schema: z.ZodType<unknown, TInput>;
  action: (input: TInput) => Promise<ActionResult<TResult>>;
  defaultValues: DefaultValues<TInput>;
  success: (data: TResult) => string;
  resetOnSuccess?: boolean;
}) {
  const router = useRouter();
  const alertRef = useRef<HTMLDivElement>(null);
  const [outcome, setOutcome] = useState<FormOutcome | null>(null);
  const form = useForm<TInput, unknown, TInput>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues,
    shouldFocusError: true,
  });

  useEffect(() => {
    if (outcome) alertRef.current?.focus();
  }, [outcome]);

  const onSubmit = form.handleSubmit(async (values) => {
    setOutcome(null);
    const result = await action(values).catch(() => null);
    if (!result) {
      setOutcome({ ok: false, text: "Le serveur n'a pas répondu : rechargez la page pour voir si la modification a été enregistrée." });
      return;
    }
    if (result.ok) {
      if (resetOnSuccess) form.reset();
      setOutcome({ ok: true, text: success(result.data) });
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (messages?.[0]) form.setError(field as Path<TInput>, { message: messages[0] });
    }
    setOutcome({ ok: false, text: result.error });
  });

  const shell: AdminFormShellProps = { onSubmit, outcome, alertRef, isSubmitting: form.formState.isSubmitting };
  return { register: form.register, errors: form.formState.errors, shell };
}
