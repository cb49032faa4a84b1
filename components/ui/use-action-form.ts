"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "@/lib/schemas/zod";
import type { ActionResult } from "@/lib/server/action";
import { outcomeOf, settle, type Outcome } from "./action-outcome";

/** What ActionForm needs from the hook. */
export interface ActionFormState {
  onSubmit: (event?: FormEvent) => Promise<void>;
  /** Starts loading the schema and its resolver while the user fills the form in: the first check need not wait. */
  prepare: () => void;
  outcome: Outcome | null;
  pending: boolean;
}

/**
 * Every form of the portal: the shared zod schema checks it in the browser (first wrong field focused), the server
 * action checks it again. The server's field errors land on their fields (the first one focused); any other refusal,
 * and a success's sentence, is the outcome that ActionForm announces and focuses. After a success the form is reset
 * (`resetOnSuccess`) or the browser goes where `navigateTo` says (its page's heading takes the focus), and the page's
 * server data is refreshed. The form sends what its inputs hold: the action's schema turns it into stored values.
 *
 * The schema comes as its module's loader (`() => import("@/lib/schemas/orders").then((m) => m.placeOrderSchema)`):
 * the same object the server action parses with, but zod (~32 kB gzipped) and the resolver are not in the page's first
 * load — they come when the user first focuses a field, or at the first check. A form component imports nothing but
 * types from a schema module: one value imported statically brings zod back into the page.
 */
export function useActionForm<TInput extends FieldValues, TResult>({
  schema,
  action,
  defaultValues,
  success,
  resetOnSuccess = false,
  navigateTo,
}: {
  schema: () => Promise<z.ZodType<unknown, TInput>>;
  action: (input: TInput) => Promise<ActionResult<TResult>>;
  defaultValues: DefaultValues<TInput>;
  /** What was done, in a sentence; without it the refreshed page shows the change itself. */
  success?: (data: TResult) => string;
  resetOnSuccess?: boolean;
  navigateTo?: (data: TResult) => string;
}) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [pending, setPending] = useState(false);
  const load = () => Promise.all([import("@hookform/resolvers/zod"), schema()]);
  const resolver: Resolver<TInput, unknown, TInput> = async (values, context, options) => {
    const loaded = await load().catch(() => null);
    // The check could not be fetched (a connection dropped since the page came): the server checks the same schema
    // and its French messages land on the fields — or, with the server out of reach too, the form says so.
    if (!loaded) return { values, errors: {} };
    const [{ zodResolver }, schemaLoaded] = loaded;
    return zodResolver(schemaLoaded, undefined, { raw: true })(values, context, options);
  };
  const form = useForm<TInput, unknown, TInput>({
    resolver,
    defaultValues,
    // react-hook-form would focus the first field to have registered, not the first on the page: a field the form
    // registers itself (a SelectField's props) comes before those that render props register.
    shouldFocusError: false,
  });

  /** Sends these values as they are (a counter-offer accepted, say): the server checks them. */
  async function send(values: TInput): Promise<void> {
    setOutcome(null);
    setPending(true);
    const result = await settle(action(values));
    setPending(false);
    if (result.ok && navigateTo) {
      router.push(navigateTo(result.data));
      router.refresh();
      return;
    }
    if (result.ok) {
      if (resetOnSuccess) form.reset();
      setOutcome(success ? outcomeOf(result, success) : null);
    } else {
      const onFields = Object.entries(result.fieldErrors ?? {}).filter(([field, messages]) => field in defaultValues && messages?.[0]);
      onFields.forEach(([field, messages], index) => form.setError(field as Path<TInput>, { message: messages![0] }, { shouldFocus: index === 0 }));
      if (!onFields.length) setOutcome(outcomeOf(result, () => ""));
    }
    // Refreshed after a refusal too: the page then shows what someone else changed meanwhile.
    router.refresh();
  }

  const onSubmit = form.handleSubmit(send, (errors, event) => {
    setOutcome(null);
    if (event?.target instanceof HTMLFormElement) firstInvalidField(event.target, errorPaths(errors))?.focus();
  });
  // A failed early load is tried again at the first check.
  const prepare = () => void load().catch(() => undefined);
  const shell: ActionFormState = { onSubmit, prepare, outcome, pending: pending || form.formState.isSubmitting };
  /** A field's props for TextField, TextAreaField, SelectField or QuantityInput: registered, with its error's message. */
  const field = (name: Path<TInput>) => ({ ...form.register(name), error: form.getFieldState(name, form.formState).error?.message });
  return {
    field,
    register: form.register,
    errors: form.formState.errors,
    control: form.control,
    getValues: form.getValues,
    setValue: form.setValue,
    /** Checks the form against the schema without sending it (a recap step before the submit). */
    trigger: form.trigger,
    outcome,
    send,
    shell,
  };
}

/** The paths of the fields that have an error (« lines.2.packs »), from react-hook-form's nested errors. */
function errorPaths(errors: object, prefix = ""): string[] {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (key === "ref" || !value || typeof value !== "object") return [];
    const path = prefix ? `${prefix}.${key}` : key;
    return "message" in value ? [path] : errorPaths(value, path);
  });
}

/** Of the fields named in `paths`, the first in the form's order. */
function firstInvalidField(form: HTMLFormElement, paths: string[]): HTMLElement | undefined {
  return Array.from(form.querySelectorAll<HTMLElement>("[name]")).find((field) => paths.includes(field.getAttribute("name") ?? ""));
}
