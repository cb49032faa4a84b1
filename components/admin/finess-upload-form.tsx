"use client";

import { useRouter } from "next/navigation";
import { useId, useState } from "react";

/** Sends a FINESS file as it is (no form encoding, so the server can stream it to disk) and opens its progress page. */
export function FinessUploadForm() {
  const router = useRouter();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Loaded when sent: the page's first load carries no zod.
    const { finessUploadSchema } = await import("@/lib/schemas/finess-import");
    const checked = finessUploadSchema.safeParse({ fileName: file?.name ?? "", size: file?.size ?? 0 });
    if (!file || !checked.success) {
      setError(checked.error?.issues[0].message ?? "Choisissez un fichier FINESS.");
      return;
    }
    setError(null);
    setSending(true);
    try {
      const response = await fetch(`/api/admin/imports-finess?fichier=${encodeURIComponent(checked.data.fileName)}`, {
        method: "POST",
        headers: { "Content-Type": "application/octet-stream" },
        body: file,
      });
      if (response.ok) {
        const { id } = (await response.json()) as { id: string };
        router.push(`/admin/imports-finess/${id}`);
        return;
      }
      // Refusals come as plain French text.
      setError((await response.text()) || "L'envoi a échoué ; rien n'a été importé. Réessayez dans un instant.");
    } catch {
      setError("L'envoi a été interrompu (connexion perdue ?) ; rien n'a été importé. Réessayez.");
    }
    setSending(false);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="fr-mb-6w">
      <div className={`fr-upload-group ${error ? "fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={inputId}>
          Fichier FINESS à importer
          <span className="fr-hint-text">
            Extrait des établissements ou des entités juridiques (.csv, tel que publié sur data.gouv.fr), ou flux
            « structures » (.json). Taille maximale : 1 Go.
          </span>
        </label>
        <input
          className="fr-upload"
          type="file"
          id={inputId}
          name="fichier"
          accept=".csv,.txt,.json"
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setError(null);
          }}
        />
        {error && (
          <p className="fr-error-text" id={`${inputId}-error`} role="alert">
            {error}
          </p>
        )}
      </div>
      <button type="submit" className="fr-btn fr-mt-2w" disabled={sending}>
        {sending ? "Envoi en cours…" : "Importer le fichier"}
      </button>
    </form>
  );
}
