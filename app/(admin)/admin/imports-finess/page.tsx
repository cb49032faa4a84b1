import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { FinessUploadForm } from "@/components/admin/finess-upload-form";
import { IMPORT_KIND_LABELS, IMPORT_RUN_STATE_LABELS } from "@/lib/domain/finess/import-run";
import { formatCount, formatDateTime } from "@/lib/domain/wording/french";
import { recentImportRuns } from "@/lib/server/finess-import/queries";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Import FINESS" };


export default async function FinessImportsPage() {
  if (!(await actorWith("referential.import"))) return <AccessDenied need="referential.import" />;
  const runs = await recentImportRuns();
  return (
    <>
      <h1>Import du référentiel FINESS</h1>
      <p>
        Le fichier est importé en tâche de fond : suivez son avancement, puis téléchargez les lignes rejetées. Un
        import s&apos;applique en entier ou pas du tout ; réimporter le même fichier ne change rien. Les établissements
        que le flux « structures » indique fermés ne peuvent plus commander.
      </p>
      <FinessUploadForm />
      <h2>Derniers imports</h2>
      {runs.length === 0 ? (
        <p>Aucun import pour l&apos;instant.</p>
      ) : (
        <DataTable caption="Les derniers imports FINESS (heure de Paris)" columns={["Fichier", "Type", "État", "Demandé le", "Créés", "Mis à jour", "Rejetés"]} testId="finess-imports">
          {runs.map((run) => (
            <tr key={run.id}>
              <th scope="row">
                <Link href={`/admin/imports-finess/${run.id}`}>{run.fileName}</Link>
              </th>
              <td>{run.kind ? (IMPORT_KIND_LABELS[run.kind] ?? run.kind) : "—"}</td>
              <td>{IMPORT_RUN_STATE_LABELS[run.state]}</td>
              <td>{formatDateTime(run.createdAt)}</td>
              <td>{formatCount(run.created)}</td>
              <td>{formatCount(run.updated)}</td>
              <td>{formatCount(run.rejected)}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
