"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "@/lib/schemas/zod";
import { useOutcome, type Outcome } from "@/components/ui/action-outcome";
import type { ActionResult } from "@/lib/server/action";

/** What AdminFormShell needs from the hook. */
export interface AdminFormShellProps {
  onSubmit: (event?: FormEvent) => Promise<void>;
  outcome: Outcome | null;
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
  const { outcome, run } = useOutcome();
  const form = useForm<TInput, unknown, TInput>({
    resolver: zodResolver(schema, undefined, { raw: true }),
    defaultValues,
    shouldFocusError: true,
  });

  const onSubmit = form.handleSubmit(async (values) => {
    const result = await run(action(values), success, resetOnSuccess ? () => form.reset() : undefined);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
        if (messages?.[0]) form.setError(field as Path<TInput>, { message: messages[0] });
      }
    }
  });

  const shell: AdminFormShellProps = { onSubmit, outcome, isSubmitting: form.formState.isSubmitting };
  return { register: form.register, errors: form.formState.errors, shell };
}
