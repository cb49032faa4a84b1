/** The guide's support channels, shown by the footer, the FAQ and the help page: one place to change them. */
export const HELPLINE = {
  display: "09 70 82 18 65",
  href: "tel:+33970821865",
  hours: "de 8h30 à 18h",
} as const;

export const ATIH_SUPPORT_EMAIL = "support@atih.sante.fr";
