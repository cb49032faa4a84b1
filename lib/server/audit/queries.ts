import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AuditEntry } from "@/lib/domain/audit/journal-csv";
import { auditPeriod } from "@/lib/domain/audit/period";
import { accessRefusals } from "@/lib/domain/access/refusals";
import { inputRefusals, type Refusal } from "@/lib/domain/errors";
import { AUDIT_READING, can, holdersOf } from "@/lib/domain/permissions/permissions";
import { auditFilterSchema, type AuditFilter } from "@/lib/schemas/audit";
import type { Actor } from "../actor";
import { db } from "../db";

/** What a journal reader sees: every entry (national admin), or those of one ARS region's establishments. */
export type AuditScope = { kind: "national" } | { kind: "region"; regionCode: string };

/** The reader's scope from the permission table; null for whoever may not read the journal. */
export function auditScope(actor: Pick<Actor, "roles" | "regionCode">): AuditScope | null {
  if (can(actor, "audit.national.read")) return { kind: "national" };
  if (can(actor, "audit.region.read") && actor.regionCode) return { kind: "region", regionCode: actor.regionCode };
  return null;
}

/** Entries shown on the page; the CSV export goes further. */
export const JOURNAL_PAGE_SIZE = 200;
export const JOURNAL_EXPORT_LIMIT = 50_000;

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The establishment an entry concerns (an ET, or the EJ of a multi-site entity): the entry's own before/after first —
 * what it was when the change was made (a user unbound then bound elsewhere stays in the former region's journal; a
 * removed quota override keeps it there) — else the entity row (a contact message's FINESS). Exchanges, emergency
 * requests and an ARS's own mailbox carry their region; the others get it from the establishment's département
 * (never from its number).
 */
const ENTRIES = Prisma.sql`
  SELECT a.id::text AS id, a.at, a."actorEmail", a.action, a."entityType", a."entityId", a.before, a.after,
         ent.finess, COALESCE(ent.region, est.region) AS "regionCode"
  FROM "AuditLog" a
  CROSS JOIN LATERAL (
    SELECT
      COALESCE(
        a.after ->> 'accountFiness', a.after ->> 'establishmentFiness', a.after ->> 'boundFiness',
        a.before ->> 'accountFiness', a.before ->> 'establishmentFiness', a.before ->> 'boundFiness',
        CASE a."entityType"
          WHEN 'Order' THEN (SELECT o."accountFiness" FROM "Order" o WHERE o.id = a."entityId")
          WHEN 'StockDeclaration' THEN (SELECT s."accountFiness" FROM "StockDeclaration" s WHERE s.id = a."entityId")
          WHEN 'AllocationRequest' THEN (SELECT r."accountFiness" FROM "AllocationRequest" r WHERE r.id = a."entityId")
          WHEN 'QuotaRevisionRequest' THEN (SELECT q."accountFiness" FROM "QuotaRevisionRequest" q WHERE q.id = a."entityId")
          WHEN 'EmergencyRequest' THEN (SELECT e."deliveryFiness" FROM "EmergencyRequest" e WHERE e.id = a."entityId")
          WHEN 'ApeRequest' THEN (SELECT p."accountFiness" FROM "ApeRequest" p WHERE p.id = a."entityId")
          WHEN 'Exchange' THEN (SELECT COALESCE(x."borrowerFiness", x."lenderFiness") FROM "Exchange" x WHERE x.id = a."entityId")
          WHEN 'User' THEN (SELECT u."boundFiness" FROM "User" u WHERE u.id = a."entityId")
          WHEN 'QuotaOverride' THEN (SELECT q."establishmentFiness" FROM "QuotaOverride" q WHERE q.id = a."entityId")
          WHEN 'ContactMessage' THEN (SELECT m.finess FROM "ContactMessage" m WHERE m.id = a."entityId")
        END
      ) AS finess,
      CASE a."entityType"
        WHEN 'Exchange' THEN (SELECT x."regionCode" FROM "Exchange" x WHERE x.id = a."entityId")
        WHEN 'EmergencyRequest' THEN (SELECT e."regionCode" FROM "EmergencyRequest" e WHERE e.id = a."entityId")
        WHEN 'Region' THEN a."entityId"
      END AS region
  ) ent
  LEFT JOIN LATERAL (
    SELECT d."regionCode" AS region
    FROM "Establishment" e JOIN "Departement" d ON d.code = e."departementCode"
    WHERE e.finess = ent.finess OR e."legalEntityFiness" = ent.finess
    ORDER BY (e.finess = ent.finess) DESC, e.finess
    LIMIT 1
  ) est ON ent.region IS NULL AND ent.finess IS NOT NULL`;

function conditions(scope: AuditScope, filter: AuditFilter): Prisma.Sql {
  const where: Prisma.Sql[] = [];
  if (filter.acteur) where.push(Prisma.sql`a."actorEmail" ILIKE ${`%${likeEscaped(filter.acteur)}%`}`);
  if (filter.action) where.push(Prisma.sql`a.action = ${filter.action}`);
  if (filter.objet) where.push(Prisma.sql`a."entityType" = ${filter.objet}`);
  if (filter.identifiant) where.push(Prisma.sql`a."entityId" = ${filter.identifiant}`);
  const period = auditPeriod(filter.du, filter.au);
  if (period.gte) where.push(Prisma.sql`a.at >= ${period.gte}`);
  if (period.lt) where.push(Prisma.sql`a.at < ${period.lt}`);
  const filtered = where.length ? Prisma.sql`WHERE ${Prisma.join(where, " AND ")}` : Prisma.empty;
  return scope.kind === "region" ? Prisma.sql`SELECT * FROM (${ENTRIES} ${filtered}) scoped WHERE "regionCode" = ${scope.regionCode}` : Prisma.sql`${ENTRIES} ${filtered}`;
}

/** The journal's entries matching a filter, most recent first, within the reader's scope; `more` when cut at `limit`. */
export async function journalEntries(scope: AuditScope, filter: AuditFilter, limit = JOURNAL_PAGE_SIZE): Promise<{ entries: AuditEntry[]; more: boolean }> {
  const rows = await db().$queryRaw<AuditEntry[]>`
    SELECT id, at, "actorEmail", action, "entityType", "entityId", before, after, finess
    FROM (${conditions(scope, filter)}) journal ORDER BY at DESC, id::bigint DESC LIMIT ${limit + 1}`;
  return { entries: rows.slice(0, limit), more: rows.length > limit };
}

/**
 * Who last changed each of these entities, and when: the « modifié par … le … » of the admin pages. `actions` keeps
 * the changes a page edits (a category's quota parameters, not its name).
 */
export async function lastChanges(
  entityType: string,
  entityIds: readonly string[],
  actions?: readonly string[],
): Promise<Map<string, { actorEmail: string | null; at: Date }>> {
  if (entityIds.length === 0) return new Map();
  const ofActions = actions ? Prisma.sql`AND action = ANY(${[...actions]})` : Prisma.empty;
  const rows = await db().$queryRaw<Array<{ entityId: string; actorEmail: string | null; at: Date }>>`
    SELECT DISTINCT ON ("entityId") "entityId", "actorEmail", at
    FROM "AuditLog"
    WHERE "entityType" = ${entityType} AND "entityId" = ANY(${[...entityIds]}) ${ofActions}
    ORDER BY "entityId", at DESC, id DESC`;
  return new Map(rows.map((row) => [row.entityId, { actorEmail: row.actorEmail, at: row.at }]));
}

export type JournalOutcome =
  | { ok: true; scope: AuditScope; filter: AuditFilter; entries: AuditEntry[]; more: boolean }
  | { ok: false; status: 400 | 403; refusal: Refusal };

/** What the page and the export both do with a URL: the reader's scope, the filter read, then the entries. */
export async function loadJournal(
  actor: Pick<Actor, "roles" | "regionCode">,
  rawParams: Record<string, string | undefined>,
  limit = JOURNAL_PAGE_SIZE,
): Promise<JournalOutcome> {
  const scope = auditScope(actor);
  if (!scope) return { ok: false, status: 403, refusal: accessRefusals.refusal("FORBIDDEN", { holders: holdersOf(AUDIT_READING) }) };
  const parsed = auditFilterSchema.safeParse(rawParams);
  if (!parsed.success) return { ok: false, status: 400, refusal: inputRefusals.refusal("INVALID_FIELD", { issue: parsed.error.issues[0].message }) };
  const { entries, more } = await journalEntries(scope, parsed.data, limit);
  return { ok: true, scope, filter: parsed.data, entries, more };
}
