import type { TextareaHTMLAttributes } from "react";
import { FormField, type LabelledFieldProps } from "@/components/ui/form-field";

/** A DSFR textarea in its field group (label, hint, error). */
export function TextAreaField({ id, label, hint, error, ...textarea }: LabelledFieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(control) => <textarea rows={3} {...textarea} {...control} />}
    </FormField>
  );
}
