import type { SelectHTMLAttributes } from "react";
import { FormField, type LabelledFieldProps } from "@/components/ui/form-field";

/** The choices of a select from a list of codes and their French labels. */
export const labelledOptions = <K extends string>(codes: readonly K[], labels: Readonly<Record<K, string>>) =>
  codes.map((value) => ({ value, label: labels[value] }));

/** A DSFR select in its field group (label, hint, error), with a first empty choice asking to pick one. */
export function SelectField({
  id,
  label,
  hint,
  error,
  placeholder,
  options,
  ...select
}: LabelledFieldProps & { placeholder: string; options: ReadonlyArray<{ value: string; label: string }> } & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FormField id={id} label={label} hint={hint} error={error} kind="select">
      {(control) => (
        <select {...select} {...control}>
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
