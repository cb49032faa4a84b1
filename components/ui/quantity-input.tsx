import type { InputHTMLAttributes } from "react";

/**
 * A whole-number input in a table cell (boxes to order, units counted): its label, read by screen readers only since
 * the row names the product, and its error tied to it.
 */
export function QuantityInput({ id, label, error, ...input }: { id: string; label: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <>
      <label className="fr-label fr-sr-only" htmlFor={id}>
        {label}
      </label>
      <input
        {...input}
        id={id}
        className={`fr-input${error ? " fr-input--error" : ""}`}
        type="number"
        min={0}
        step={1}
        inputMode="numeric"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p className="fr-error-text" id={`${id}-error`}>
          {error}
        </p>
      )}
    </>
  );
}
