"use client";

import { useState, type FormEvent } from "react";
import { uploadTrackingAction } from "@/app/(logistique)/logistique/actions";
import { ActionOutcome, useOutcome } from "@/components/ui/action-outcome";
import type { TrackingLineError } from "@/lib/domain/logistics/refusals";
import { countOf } from "@/lib/domain/wording/french";

/** Bad lines listed under the refusal; the refusal itself says how many there are. */
const LISTED_ERRORS = 50;

/**
 * Ships the orders of the carrier's CSV of tracking numbers, all or none: the file is read in the browser and sent as
 * text; a refusal lists each bad line with its number, so the logistician fixes the file and sends it again whole.
 */
export function TrackingUploadForm() {
  const { outcome, run } = useOutcome();
  const [file, setFile] = useState<File | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    // Loaded when sent: the page's first load carries no zod.
    const { trackingUploadSchema } = await import("@/lib/schemas/logistics");
    const checked = trackingUploadSchema.safeParse({ csv: file ? await file.text() : "" });
    if (!checked.success) {
      setFieldError(checked.error.issues[0].message);
      return;
    }
    setFieldError(null);
    setPending(true);
    const result = await run(uploadTrackingAction(checked.data), ({ shipped }) => `${countOf(shipped, "commande")} : « Marquer expédiée » fait, avec leur numéro de suivi.`, () => {
      form.reset();
      setFile(null);
    });
    if (!result.ok && result.fieldErrors?.csv) setFieldError(result.fieldErrors.csv[0]);
    setPending(false);
  }

  const errors = outcome && !outcome.ok ? (outcome.details?.errors as TrackingLineError[] | undefined) : undefined;
  return (
    <form onSubmit={submit} noValidate aria-label="Marquer expédiées les commandes d'un fichier de numéros de suivi" className="fr-mb-4w">
      <ActionOutcome outcome={outcome} testId="tracking-outcome">
        {outcome && !outcome.ok && errors ? (
          <>
            <p>{outcome.message}</p>
            <ul data-testid="tracking-errors">
              {errors.slice(0, LISTED_ERRORS).map(({ line, reason }) => (
                <li key={line}>
                  Ligne {line} : {reason}
                </li>
              ))}
            </ul>
            {errors.length > LISTED_ERRORS && <p>Seules les {LISTED_ERRORS} premières lignes en erreur sont listées.</p>}
          </>
        ) : undefined}
      </ActionOutcome>
      {/* The DSFR upload field's own markup: react-dsfr's Upload would bring its library (~14 kB gzipped). */}
      <div className={`fr-upload-group${fieldError ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor="tracking-file">
          Fichier CSV des numéros de suivi
          <span className="fr-hint-text">
            Une commande par ligne : numéro de commande;numéro de suivi (ex. : 1042;6A12345678901). Seules les commandes en
            préparation sont expédiées ; une seule ligne en erreur et aucune commande n&apos;est modifiée.
          </span>
        </label>
        <input
          className="fr-upload"
          type="file"
          id="tracking-file"
          name="fichier"
          accept=".csv,.txt,text/csv"
          aria-describedby={fieldError ? "tracking-file-error" : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFieldError(null);
          }}
        />
        {fieldError && (
          <p className="fr-error-text" id="tracking-file-error">
            {fieldError}
          </p>
        )}
      </div>
      <button type="submit" className="fr-btn fr-mt-2w" disabled={pending}>
        {pending ? "Envoi en cours…" : "Marquer expédiées les commandes du fichier"}
      </button>
    </form>
  );
}
