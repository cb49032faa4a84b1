"use client";

import { useEffect, useState } from "react";
import { IMPORT_KIND_LABELS, IMPORT_RUN_STATE_LABELS, isFinished, progressPercent, type ImportRunSnapshot } from "@/lib/domain/finess/import-run";
import { formatCount } from "@/lib/domain/wording/french";
import { DataTable } from "@/components/ui/data-table";

const POLL_MS = 1000;

/** The import's progress bar and counts, refreshed every second until it is done; then its report. */
export function FinessImportProgress({ initial }: { initial: ImportRunSnapshot }) {
  const [run, setRun] = useState(initial);
  const [lost, setLost] = useState(false);

  useEffect(() => {
    if (isFinished(run.state)) return;
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`/api/admin/imports-finess/${run.id}`, { cache: "no-store" });
        if (!response.ok) throw new Error(String(response.status));
        setRun((await response.json()) as ImportRunSnapshot);
        setLost(false);
      } catch {
        // The next poll tries again; the import itself goes on in the background.
        setLost(true);
        setRun((current) => ({ ...current }));
      }
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [run]);

  const percent = progressPercent(run);
  const finished = isFinished(run.state);
  const lines =
    run.totalLines !== null
      ? `${formatCount(run.linesRead)} lignes lues sur ${formatCount(run.totalLines)}`
      : `${formatCount(run.linesRead)} lignes lues`;
  return (
    <section aria-labelledby="import-progress-title">
      <h2 id="import-progress-title" className="fr-h4">
        {run.fileName}
        {run.kind && <span className="fr-text--md fr-text--regular"> — {IMPORT_KIND_LABELS[run.kind] ?? run.kind}</span>}
      </h2>
      <p data-testid="import-state" aria-live="polite">
        <strong>{IMPORT_RUN_STATE_LABELS[run.state]}</strong> : {lines}
        {run.state === "WRITING" && " — écriture du référentiel en une seule transaction"}
      </p>
      <label htmlFor="import-progress-bar" className="fr-label">
        Avancement de l&apos;import : {percent} %
      </label>
      <progress id="import-progress-bar" max={100} value={percent} className="fr-mb-2w" style={{ width: "100%", height: "1.5rem" }}>
        {percent} %
      </progress>
      {lost && <p className="fr-hint-text">Connexion au serveur perdue : nouvel essai dans un instant (l&apos;import continue).</p>}
      <DataTable caption={finished ? "Rapport de l'import" : "Compteurs provisoires"} columns={["Créés", "Mis à jour", "Inchangés", "Rejetés"]} testId="import-counts">
        <tr>
          <td>{finished ? formatCount(run.created) : "—"}</td>
          <td>{finished ? formatCount(run.updated) : "—"}</td>
          <td>{finished ? formatCount(run.unchanged) : "—"}</td>
          <td>{formatCount(run.rejected)}</td>
        </tr>
      </DataTable>
      {run.state === "FAILED" && (
        <div className="fr-alert fr-alert--error" role="alert">
          <h3 className="fr-alert__title">Import refusé ou interrompu : rien n&apos;a été modifié</h3>
          <p>{run.error}</p>
        </div>
      )}
      {run.state === "COMPLETED" && (
        <div className="fr-alert fr-alert--success">
          <h3 className="fr-alert__title">Import terminé</h3>
          <p>
            {run.rejected === 0
              ? "Aucune ligne rejetée."
              : `${run.rejected === 1 ? "1 ligne rejetée" : `${formatCount(run.rejected)} lignes rejetées`} : téléchargez le rapport pour voir chaque ligne et la raison de son rejet.`}
          </p>
        </div>
      )}
      {finished && run.rejected > 0 && (
        <p className="fr-mt-2w">
          <a className="fr-link" href={`/api/admin/imports-finess/${run.id}/rejets`} download>
            Télécharger les lignes rejetées (CSV)
          </a>
        </p>
      )}
    </section>
  );
}
