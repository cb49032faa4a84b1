import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/access/access-denied";
import { DataTable } from "@/components/ui/data-table";
import { jobQueueLabel, jobRetriesLabel, jobStateLabel } from "@/lib/domain/jobs/job-labels";
import { formatCount, formatDateTime } from "@/lib/domain/wording/french";
import { jobCounts, recentJobs } from "@/lib/server/jobs/queries";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Tâches de fond" };

const SHOWN = 100;

export default async function JobsPage() {
  if (!(await actorWith("jobs.read"))) return <AccessDenied need={"jobs.read"} />;
  const [jobs, counts] = await Promise.all([recentJobs(SHOWN), jobCounts()]);
  return (
    <>
      <h1>Tâches de fond</h1>
      <p>
        Les tâches exécutées hors des pages : synthèse hebdomadaire envoyée aux ARS chaque lundi à 7 h, imports
        de fichiers FINESS (à déposer depuis la page <Link href="/admin/imports-finess">Import FINESS</Link>). Une tâche en échec est réessayée automatiquement, avec un délai croissant, avant
        d&apos;être déclarée en échec ; sa dernière erreur s&apos;affiche ici.
      </p>
      <p>
        Les synthèses envoyées, ARS par ARS, sont sur la page <Link href="/admin/courriels">Courriels</Link>.
      </p>
      {counts.length > 0 && (
        <DataTable caption="Tâches par file et par état, archivées comprises" columns={["File", "État", "Tâches"]} testId="job-counts">
          {counts.map((count) => (
            <tr key={`${count.name}-${count.state}`}>
              <th scope="row">{jobQueueLabel(count.name)}</th>
              <td>{jobStateLabel(count.state)}</td>
              <td>{formatCount(count.jobs)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {jobs.length === 0 ? (
        <p>Aucune tâche pour l&apos;instant.</p>
      ) : (
        <DataTable
          caption={`Les ${jobs.length} tâches les plus récentes (heure de Paris)`}
          columns={["Tâche", "État", "Nouvelles tentatives", "Créée le", "Terminée le", "Dernière erreur"]}
          testId="jobs"
        >
          {jobs.map((job) => (
            <tr key={job.id} data-testid={`job-${job.id}`}>
              <th scope="row">
                {jobQueueLabel(job.name)}
                {job.importId && (
                  <>
                    {" "}
                    <Link href={`/admin/imports-finess/${job.importId}`}>(suivre l&apos;import)</Link>
                  </>
                )}
              </th>
              <td>{jobStateLabel(job.state)}</td>
              <td>{jobRetriesLabel(job.retryCount, job.retryLimit)}</td>
              <td>{formatDateTime(job.createdOn)}</td>
              <td>{job.completedOn ? formatDateTime(job.completedOn) : "—"}</td>
              <td>{job.lastError ?? "—"}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
