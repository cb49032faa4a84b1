import { Prisma } from "@/generated/prisma/client";
import type { FinessRecord } from "@/lib/domain/access/access-decision";
import { db } from "../db";

const categoryJson = (c: string) => Prisma.raw(`jsonb_build_object('code', ${c}.code, 'label', ${c}.label, 'eligible', ${c}.eligible)`);

/**
 * What the referential knows about the FINESS number `finess` (a text SQL expression), as the JSON of a FinessRecord:
 * an establishment (ET), else a legal entity (EJ), else unknown. One SQL expression, so that the session's query can
 * bring the records of the user's PLAGE profiles with it.
 */
export function finessRecordJson(finess: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`COALESCE(
    (SELECT jsonb_build_object('kind', 'ET', 'finess', ${finess}, 'closedOn', e."closedOn", 'category', ${categoryJson("c")},
              'legalEntity', jsonb_build_object('finess', le.finess, 'sector', le.sector, 'establishmentCount',
                (SELECT count(*) FROM "Establishment" o WHERE o."legalEntityFiness" = le.finess AND o."closedOn" IS NULL)))
       FROM "Establishment" e JOIN "Category" c ON c.code = e."categoryCode" JOIN "LegalEntity" le ON le.finess = e."legalEntityFiness"
      WHERE e.finess = ${finess}::bpchar),
    (SELECT jsonb_build_object('kind', 'EJ', 'finess', ${finess}, 'sector', le.sector, 'closedOn', le."closedOn", 'establishments',
              COALESCE((SELECT jsonb_agg(jsonb_build_object('finess', o.finess, 'category', ${categoryJson("oc")}) ORDER BY o.finess)
                          FROM "Establishment" o JOIN "Category" oc ON oc.code = o."categoryCode"
                         WHERE o."legalEntityFiness" = le.finess AND o."closedOn" IS NULL), '[]'::jsonb))
       FROM "LegalEntity" le
      WHERE le.finess = ${finess}::bpchar),
    jsonb_build_object('kind', 'UNKNOWN', 'finess', ${finess}))`;
}

/** What the referential knows about a FINESS number, shaped for the access decision. */
export async function loadFinessRecord(finess: string): Promise<FinessRecord> {
  const [row] = await db().$queryRaw<Array<{ record: FinessRecord }>>`SELECT ${finessRecordJson(Prisma.sql`${finess}::text`)} AS record`;
  return row.record;
}
