import type { ReactNode } from "react";

/** What ties a control to its label and its error message, for the control to spread. */
export interface FieldControlProps {
  id: string;
  className: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

/** What TextField, TextAreaField and SelectField take besides their control's own attributes. */
export type LabelledFieldProps = { id: string; label: string; hint?: string; error?: string };

interface FormFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** DSFR family of the control: "input" (inputs and textareas) or "select". */
  kind?: "input" | "select";
  children: (control: FieldControlProps) => ReactNode;
}

/**
 * A DSFR field group: label (with its hint, read as part of the name), control, error message. The error is linked
 * by aria-describedby, so a screen reader reads it when the control gets focus.
 */
export function FormField({ id, label, hint, error, kind = "input", children }: FormFieldProps) {
  const errorId = `${id}-error`;
  return (
    <div className={`fr-${kind}-group${error ? ` fr-${kind}-group--error` : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {hint && <span className="fr-hint-text">{hint}</span>}
      </label>
      {children({
        id,
        className: `fr-${kind}${error ? ` fr-${kind}--error` : ""}`,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": error ? errorId : undefined,
      })}
      {error && (
        <p className="fr-error-text" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
