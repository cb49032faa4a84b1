/** Who publishes the portal and answers for it: the legal pages read them from here, one place to change them. */
export const PUBLISHER = {
  name: "Ministère chargé de la santé – Direction générale de la santé (DGS)",
  address: "14 avenue Duquesne, 75350 Paris 07 SP",
  director: "le directeur général de la santé",
} as const;

/** The data protection officer of the ministries for social affairs, whom the privacy notice names. */
export const DATA_PROTECTION_OFFICER = {
  title: "Délégué à la protection des données des ministères sociaux",
  email: "dpd@sg.social.gouv.fr",
  address: "14 avenue Duquesne, 75350 Paris 07 SP",
} as const;

/** Date of the accessibility statement: it changes when the statement is revised (e.g. after an audit). */
export const ACCESSIBILITY_STATEMENT_DATE = "2 décembre 2026";
