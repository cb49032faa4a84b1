import type { InputHTMLAttributes } from "react";
import { FormField } from "./form-field";

/** A DSFR text input in its field group (label, hint, error). */
export function TextField({
  id,
  label,
  hint,
  error,
  ...input
}: { id: string; label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => <input {...input} {...control} />}
    </FormField>
  );
}
