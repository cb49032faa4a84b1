/**
 * The categories an import meets, with the labels its file gives them. A new code is created not eligible (the
 * administrators decide). A known code takes the file's wording as its FINESS label; its shown label follows only if
 * the category is not eligible — an eligible category keeps the guide's words administrators decided on. Every change
 * of either label is written to the audit log in the same statement, so no import relabels anything silently.
 */
import type pg from "pg";
import { STAGING_TABLE } from "./staging";

export interface CategoryLabelChange {
  code: string;
  eligible: boolean;
  before: { label: string; finessLabel: string | null };
  after: { label: string; finessLabel: string | null };
}

export interface CategorySyncOutcome {
  created: Array<{ code: string; label: string }>;
  relabeled: CategoryLabelChange[];
}

const SYNC_CATEGORIES = `
  WITH incoming AS (
    SELECT category_code AS code, min(category_label) AS label FROM ${STAGING_TABLE}
     WHERE section = 'ET' AND category_label IS NOT NULL GROUP BY category_code
  ), previous AS (
    SELECT c.code, c.label, c."finessLabel" FROM "Category" c JOIN incoming USING (code) FOR UPDATE OF c
  ), created AS (
    INSERT INTO "Category" (code, label, "finessLabel", "updatedAt")
    SELECT code, label, label, now() FROM incoming WHERE code NOT IN (SELECT code FROM previous)
    ON CONFLICT (code) DO NOTHING
    RETURNING code, label
  ), relabeled AS (
    UPDATE "Category" c
    SET "finessLabel" = i.label, label = CASE WHEN c.eligible THEN c.label ELSE i.label END, "updatedAt" = now()
    FROM incoming i JOIN previous p USING (code)
    WHERE c.code = i.code AND (c."finessLabel" IS DISTINCT FROM i.label OR (NOT c.eligible AND c.label <> i.label))
    RETURNING c.code, c.eligible, jsonb_build_object('label', p.label, 'finessLabel', p."finessLabel") AS before,
      jsonb_build_object('label', c.label, 'finessLabel', c."finessLabel") AS after,
      -- A first FINESS label equal to the one shown is no news; any other change is.
      (p.label <> c.label OR p."finessLabel" IS NOT NULL OR c."finessLabel" <> c.label) AS noteworthy
  ), audited AS (
    INSERT INTO "AuditLog" (action, "entityType", "entityId", before, after)
    SELECT 'category.finess-label', 'Category', code, before, after FROM relabeled WHERE noteworthy
  )
  SELECT 'created' AS kind, code, NULL::boolean AS eligible, jsonb_build_object('label', label) AS before, NULL::jsonb AS after FROM created
  UNION ALL
  SELECT 'relabeled', code, eligible, before, after FROM relabeled WHERE noteworthy
  ORDER BY code`;

type Row =
  | { kind: "created"; code: string; eligible: null; before: { label: string }; after: null }
  | { kind: "relabeled"; code: string; eligible: boolean; before: CategoryLabelChange["before"]; after: CategoryLabelChange["after"] };

/** Brings the categories to the labels of the staged establishments (those whose file gives one). */
export async function syncCategories(client: pg.Client): Promise<CategorySyncOutcome> {
  const outcome: CategorySyncOutcome = { created: [], relabeled: [] };
  const { rows } = await client.query<Row>(SYNC_CATEGORIES);
  for (const row of rows) {
    if (row.kind === "created") outcome.created.push({ code: row.code, label: row.before.label });
    else outcome.relabeled.push({ code: row.code, eligible: row.eligible, before: row.before, after: row.after });
  }
  return outcome;
}

/**
 * The JSON flow names no category, it only codes them: a code the referential does not know yet is created (not
 * eligible) under the nomenclature's label staged with it, and no label is ever changed.
 */
export async function createMissingCategories(client: pg.Client): Promise<Array<{ code: string; label: string }>> {
  const { rows } = await client.query<{ code: string; label: string }>(
    `INSERT INTO "Category" (code, label, "updatedAt")
     SELECT s.category_code, min(s.category_fallback_label), now() FROM ${STAGING_TABLE} s
      WHERE s.section = 'ET' AND NOT EXISTS (SELECT 1 FROM "Category" c WHERE c.code = s.category_code)
      GROUP BY s.category_code
     ON CONFLICT (code) DO NOTHING
     RETURNING code, label`,
  );
  return rows.sort((a, b) => a.code.localeCompare(b.code));
}
