import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "@/lib/schemas/zod";
import { AccessDenied } from "@/components/access/access-denied";
import { FinessImportProgress } from "@/components/admin/finess-import-progress";
import { importRun } from "@/lib/server/finess-import/queries";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Suivi d'un import FINESS" };

export default async function FinessImportPage({ params }: { params: Promise<{ id: string }> }) {
  if (!(await actorWith("referential.import"))) return <AccessDenied need="referential.import" />;
  const id = z.uuid().safeParse((await params).id);
  const run = id.success ? await importRun(id.data) : null;
  if (!run) notFound();
  return (
    <>
      <h1>Suivi de l&apos;import FINESS</h1>
      <FinessImportProgress initial={run} />
      <p className="fr-mt-4w">
        <Link href="/admin/imports-finess">Importer un autre fichier</Link> ·{" "}
        <Link href="/admin/taches">Toutes les tâches de fond</Link>
      </p>
    </>
  );
}
