/** How the national admin reads pg-boss jobs: queue names and states in French. */

const QUEUE_LABELS: Record<string, string> = {
  "weekly-digest": "Synthèse hebdomadaire des ARS",
  "contact-answers": "Réponses aux messages de contact (renvoi)",
  "finess-import": "Import d'un extrait FINESS",
};

const STATE_LABELS: Record<string, string> = {
  created: "En attente",
  retry: "À réessayer",
  active: "En cours",
  completed: "Terminée",
  cancelled: "Annulée",
  failed: "En échec",
};

export function jobQueueLabel(name: string): string {
  return QUEUE_LABELS[name] ?? name;
}

export function jobStateLabel(state: string): string {
  return STATE_LABELS[state] ?? state;
}

/** "1 / 3" attempts beyond the first: retries made out of those allowed. */
export function jobRetriesLabel(retryCount: number, retryLimit: number): string {
  return `${retryCount} / ${retryLimit}`;
}
