import type { FinessRecord } from "@/lib/domain/access/access-decision";
import { db } from "../db";

/** What the referential knows about a FINESS number, shaped for the access decision. */
export async function loadFinessRecord(finess: string): Promise<FinessRecord> {
  const establishment = await db().establishment.findUnique({
    where: { finess },
    select: {
      finess: true,
      closedOn: true,
      category: { select: { code: true, label: true, eligible: true } },
      legalEntity: { select: { finess: true, sector: true, _count: { select: { establishments: { where: { closedOn: null } } } } } },
    },
  });
  if (establishment) {
    const { legalEntity } = establishment;
    return {
      kind: "ET",
      finess,
      category: establishment.category,
      closedOn: establishment.closedOn,
      legalEntity: { finess: legalEntity.finess, sector: legalEntity.sector, establishmentCount: legalEntity._count.establishments },
    };
  }
  const legalEntity = await db().legalEntity.findUnique({
    where: { finess },
    select: {
      sector: true,
      closedOn: true,
      establishments: {
        where: { closedOn: null },
        select: { finess: true, category: { select: { code: true, label: true, eligible: true } } },
      },
    },
  });
  if (legalEntity) return { kind: "EJ", finess, sector: legalEntity.sector, closedOn: legalEntity.closedOn, establishments: legalEntity.establishments };
  return { kind: "UNKNOWN", finess };
}
