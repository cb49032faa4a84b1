/** Portal roles; mirrors the Prisma `Role` enum, which the domain must not import. */
export const APP_ROLES = [
  "OPERATOR",
  "INVENTORY_OPERATOR",
  "APE",
  "ARS",
  "NATIONAL_ADMIN",
  "LOGISTICS",
  "CRISIS_CENTER",
] as const;

export type AppRole = (typeof APP_ROLES)[number];
