import { db } from "../db";

/** Name, FINESS and category of the establishment (ET) or legal entity (EJ) a user acts for. */
export async function getEstablishmentSummary(finess: string) {
  const establishment = await db().establishment.findUnique({
    where: { finess },
    select: { finess: true, name: true, postalLine: true, category: { select: { code: true, label: true } } },
  });
  if (establishment) return { kind: "ET" as const, ...establishment, sites: [] };
  const legalEntity = await db().legalEntity.findUnique({
    where: { finess },
    select: {
      finess: true,
      name: true,
      establishments: { select: { finess: true, name: true }, orderBy: { finess: "asc" } },
    },
  });
  if (!legalEntity) return null;
  return { kind: "EJ" as const, finess: legalEntity.finess, name: legalEntity.name, postalLine: null, category: null, sites: legalEntity.establishments };
}
