// What the contact form shows (its topics, its bounds) without its zod schema: the form's page loads zod only when
// the form is first checked (components/ui/use-action-form.ts).

/** Topics of the "Contactez-nous" form; the key is what is stored. */
export const CONTACT_TOPICS = ["connexion", "finess", "commande", "livraison", "autre"] as const;
export type ContactTopic = (typeof CONTACT_TOPICS)[number];

export const CONTACT_TOPIC_LABELS: Record<ContactTopic, string> = {
  connexion: "Connexion et compte PLAGE",
  finess: "Numéro FINESS et éligibilité",
  commande: "Commande et contingent",
  livraison: "Livraison",
  autre: "Autre question",
};

// Bounds keep a pasted novel or a bot's payload out of the table; the minimum asks for a usable message.
export const CONTACT_LIMITS = { name: 200, email: 254, messageMin: 10, messageMax: 5000 } as const;

/** "5 000": French digit grouping, spelled out so that the server's HTML and the browser's render agree. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, "\u202f");
}
