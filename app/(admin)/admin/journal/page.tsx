import type { Metadata } from "next";
import { AccessDenied } from "@/components/access/access-denied";
import { JournalFilters } from "@/components/audit/journal-filters";
import { JournalTable } from "@/components/audit/journal-table";
import { AUDIT_READING } from "@/lib/domain/permissions/permissions";
import { REGIONS } from "@/lib/domain/referential/regions";
import { countOf, nounOf } from "@/lib/domain/wording/french";
import { firstValues } from "@/lib/schemas/reporting";
import { loadJournal } from "@/lib/server/audit/queries";
import { actorWith } from "@/lib/server/guards";

export const metadata: Metadata = { title: "Journal des modifications" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const ENTRY = nounOf("entrée", true);

export default async function JournalPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await actorWith(AUDIT_READING);
  if (!actor) return <AccessDenied need={AUDIT_READING} />;
  const raw = firstValues(await searchParams);
  const outcome = await loadJournal(actor, raw);
  const query = new URLSearchParams(Object.entries(raw).filter((entry): entry is [string, string] => !!entry[1])).toString();
  const scope = outcome.ok ? outcome.scope : null;
  const scopeName = scope?.kind === "region" ? REGIONS.find((r) => r.code === scope.regionCode)?.name : null;
  return (
    <>
      <h1>Journal des modifications{scopeName ? ` – ${scopeName}` : ""}</h1>
      <p>
        Chaque modification enregistrée par le portail, avec son auteur, sa date, et l&apos;état de l&apos;objet avant et après.
        {scopeName && " Vous voyez les entrées qui concernent les établissements de votre région."}
      </p>
      <JournalFilters values={raw} />
      {!outcome.ok ? (
        <div className="fr-alert fr-alert--error" role="alert" data-testid="journal-refusal">
          <p>{outcome.refusal.message}</p>
        </div>
      ) : (
        <>
          <p>
            <a className="fr-link fr-icon-download-line fr-link--icon-left" href={`/admin/journal/export${query ? `?${query}` : ""}`} download>
              Télécharger ces entrées (CSV)
            </a>
          </p>
          {outcome.entries.length === 0 ? (
            <p data-testid="journal-empty">Aucune entrée ne correspond à ces critères.</p>
          ) : (
            <JournalTable
              entries={outcome.entries}
              caption={
                outcome.more
                  ? `Les ${countOf(outcome.entries.length, ENTRY)} les plus récentes : affinez les filtres ou téléchargez le CSV pour voir les autres`
                  : `${countOf(outcome.entries.length, ENTRY)}, la plus récente d'abord`
              }
            />
          )}
        </>
      )}
    </>
  );
}
