import { formatDateTime } from "@/lib/domain/wording/french";

/** « Modifié par admin@demo.fr le 02/12/2026 11:40 », from the journal; nothing for what was never changed here. */
export function LastChange({ change }: { change: { actorEmail: string | null; at: Date } | undefined }) {
  if (!change) return null;
  return (
    <p className="fr-text--xs fr-mb-0" data-testid="last-change">
      Modifié par {change.actorEmail ?? "le système"} le {formatDateTime(change.at)}
    </p>
  );
}
