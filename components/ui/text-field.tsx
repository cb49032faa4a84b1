import type { InputHTMLAttributes } from "react";
import { FormField, type LabelledFieldProps } from "./form-field";

/** A DSFR text input in its field group (label, hint, error). */
export function TextField({ id, label, hint, error, ...input }: LabelledFieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => <input {...input} {...control} />}
    </FormField>
  );
}
