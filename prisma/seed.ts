/**
 * Reference data (ARS, départements, categories) and the demo data. Idempotent and set-based: one statement per table,
 * all of them in one short transaction, whatever the number of rows — `npm run db:seed` re-applies it, `npm start`
 * runs it on an empty database.
 */
import { pathToFileURL } from "node:url";
import { legalSector } from "../lib/domain/finess/legal-status";
import { identifyingName } from "../lib/domain/finess/names";
import { CATEGORIES } from "../lib/domain/referential/categories";
import { DEPARTEMENTS, REGIONS } from "../lib/domain/referential/regions";
import { createPrismaClient, type PrismaClient } from "../lib/server/prisma";
import { DEMO_CATEGORIES, DEMO_DECREES, DEMO_PRODUCTS } from "./demo/catalogue";
import { DEMO_ESTABLISHMENTS, DEMO_LEGAL_ENTITIES } from "./demo/establishments";
import { MUTUAL_AID_ESTABLISHMENTS, MUTUAL_AID_LEGAL_ENTITIES, MUTUAL_AID_STOCK_DECLARATIONS } from "./demo/mutual-aid";
import { DEMO_STOCK_DECLARATIONS } from "./demo/stock";

type Client = Pick<PrismaClient, "$executeRawUnsafe">;
type Statement = ReturnType<Client["$executeRawUnsafe"]>;

// A few statements, each over all its rows: well under a second, but a machine under load may stretch it past Prisma's
// default 5 s — this bound is for a stalled database, not for the seed's own work.
const TRANSACTION = { maxWait: 60_000, timeout: 120_000 };

// Two seeds at once (two `npm start` on one database) take turns: the "insert if absent" statements stay exact.
const SEED_LOCK = `SELECT pg_advisory_xact_lock(hashtext('distrilog-seed'))::text`;

// A mailbox is the seed's only while the row has none: the one the national admin set survives every re-seed.
const UPSERT_REGIONS = `
  INSERT INTO "Region" AS t (code, name, mailbox)
  SELECT code, name, "seedMailbox" FROM json_to_recordset($1::json) AS r(code text, name text, "seedMailbox" text)
  ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, mailbox = COALESCE(t.mailbox, EXCLUDED.mailbox)
  WHERE (t.name, t.mailbox) IS DISTINCT FROM (EXCLUDED.name, COALESCE(t.mailbox, EXCLUDED.mailbox))`;

const UPSERT_DEPARTEMENTS = `
  INSERT INTO "Departement" AS t (code, "finessCode", name, "regionCode")
  SELECT code, "finessCode", name, "regionCode"
  FROM json_to_recordset($1::json) AS d(code text, "finessCode" text, name text, "regionCode" text)
  ON CONFLICT (code) DO UPDATE SET "finessCode" = EXCLUDED."finessCode", name = EXCLUDED.name, "regionCode" = EXCLUDED."regionCode"
  WHERE (t."finessCode", t.name, t."regionCode") IS DISTINCT FROM (EXCLUDED."finessCode", EXCLUDED.name, EXCLUDED."regionCode")`;

// Missing categories are created (the guide's eligible, the others not); the guide's categories take back the guide's
// label, audited; nothing touches the eligible flag of a category that exists, which is the administrators' decision.
const SEED_CATEGORIES = `
  WITH incoming AS (
    SELECT code, label, guide FROM json_to_recordset($1::json) AS c(code text, label text, guide boolean)
  ), previous AS (
    SELECT c.code, c.label FROM "Category" c JOIN incoming USING (code) FOR UPDATE OF c
  ), created AS (
    INSERT INTO "Category" (code, label, "finessLabel", eligible, "updatedAt")
    SELECT code, label, CASE WHEN guide THEN NULL ELSE label END, guide, now() FROM incoming
    ON CONFLICT (code) DO NOTHING
  ), relabeled AS (
    UPDATE "Category" c SET label = i.label, "updatedAt" = now()
    FROM incoming i JOIN previous p USING (code)
    WHERE c.code = i.code AND i.guide AND c.label <> i.label
    RETURNING c.code, p.label AS before, c.label AS after
  )
  INSERT INTO "AuditLog" (action, "entityType", "entityId", before, after)
  SELECT 'category.guide-label', 'Category', code, jsonb_build_object('label', before), jsonb_build_object('label', after)
  FROM relabeled`;

/** `SET` of an upsert that leaves a row alone (updatedAt included) when the seed brings nothing new: a re-run changes nothing. */
function updated(columns: readonly string[]): string {
  const quoted = columns.map((c) => `"${c}"`);
  return `${quoted.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}, "updatedAt" = now()
    WHERE (${quoted.map((c) => `t.${c}`).join(", ")}) IS DISTINCT FROM (${quoted.map((c) => `EXCLUDED.${c}`).join(", ")})`;
}

const LEGAL_ENTITY_COLUMNS = ["name", "shortName", "longName", "statusCode", "statusLabel", "sector"];
const UPSERT_LEGAL_ENTITIES = `
  INSERT INTO "LegalEntity" AS t (finess, ${LEGAL_ENTITY_COLUMNS.map((c) => `"${c}"`).join(", ")}, "updatedAt")
  SELECT finess, ${LEGAL_ENTITY_COLUMNS.map((c) => `"${c}"`).join(", ")}, now()
  FROM json_to_recordset($1::json) AS l(finess char(9), name text, "shortName" text, "longName" text, "statusCode" text,
    "statusLabel" text, sector "LegalSector")
  ON CONFLICT (finess) DO UPDATE SET ${updated(LEGAL_ENTITY_COLUMNS)}`;

const ESTABLISHMENT_COLUMNS = [
  "legalEntityFiness",
  "name",
  "shortName",
  "longName",
  "categoryCode",
  "departementCode",
  "communeCode",
  "addressLine",
  "postalLine",
  "capacity",
  "salariedStaff",
  "phone",
  "coordX",
  "coordY",
  "coordSystem",
];
const UPSERT_ESTABLISHMENTS = `
  INSERT INTO "Establishment" AS t (finess, ${ESTABLISHMENT_COLUMNS.map((c) => `"${c}"`).join(", ")}, "updatedAt")
  SELECT finess, ${ESTABLISHMENT_COLUMNS.map((c) => `"${c}"`).join(", ")}, now()
  FROM json_to_recordset($1::json) AS e(finess char(9), "legalEntityFiness" char(9), name text, "shortName" text,
    "longName" text, "categoryCode" text, "departementCode" text, "communeCode" text, "addressLine" text,
    "postalLine" text, capacity int, "salariedStaff" int, phone text, "coordX" float8, "coordY" float8, "coordSystem" text)
  ON CONFLICT (finess) DO UPDATE SET ${updated(ESTABLISHMENT_COLUMNS)}`;

// Administrators tune quota parameters: re-seeding only renames.
const UPSERT_PRODUCT_CATEGORIES = `
  INSERT INTO "ProductCategory" AS t (code, name, "unitLabel", "sortOrder", "quotaPerCapacityUnit", "quotaPerStaffMember", "updatedAt")
  SELECT code, name, "unitLabel", "sortOrder", "quotaPerCapacityUnit", "quotaPerStaffMember", now()
  FROM json_to_recordset($1::json) AS c(code text, name text, "unitLabel" text, "sortOrder" int,
    "quotaPerCapacityUnit" float8, "quotaPerStaffMember" float8)
  ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name WHERE t.name <> EXCLUDED.name`;

// Products and their state stock are created once: prices, stock and the active flag then belong to the portal.
const INSERT_PRODUCTS = `
  INSERT INTO "Product" (id, reference, name, "categoryCode", "packSize", packaging, "unitPriceCents", "updatedAt")
  SELECT gen_random_uuid()::text, reference, name, "categoryCode", "packSize", packaging::"Packaging", "unitPriceCents", now()
  FROM json_to_recordset($1::json) AS p(reference text, name text, "categoryCode" text, "packSize" int, packaging text, "unitPriceCents" int)
  ON CONFLICT (reference) DO NOTHING`;

const INSERT_NATIONAL_STOCK = `
  INSERT INTO "NationalStock" ("productId", quantity, "updatedAt")
  SELECT p.id, s.stock, now() FROM json_to_recordset($1::json) AS s(reference text, stock int) JOIN "Product" p USING (reference)
  ON CONFLICT ("productId") DO NOTHING`;

const INSERT_DECREES = `
  INSERT INTO "TensionDecree" (id, "categoryCode", "startsAt", reason)
  SELECT gen_random_uuid()::text, d."categoryCode", d."startsAt", d.reason
  FROM json_to_recordset($1::json) AS d("categoryCode" text, "startsAt" timestamptz, reason text)
  WHERE NOT EXISTS (SELECT 1 FROM "TensionDecree" t WHERE t."categoryCode" = d."categoryCode")`;

// An account's demo counts are written once, dated from the first seed: later runs leave its history alone.
const INSERT_STOCK_DECLARATIONS = `
  INSERT INTO "StockDeclaration" (id, "accountFiness", "productId", quantity, "declaredAt", "declaredById")
  SELECT gen_random_uuid()::text, d."accountFiness", p.id, d.quantity, now() - make_interval(days => d."daysAgo"), 'demo'
  FROM json_to_recordset($1::json) AS d("accountFiness" char(9), reference text, quantity int, "daysAgo" int)
  JOIN "Product" p USING (reference)
  WHERE NOT EXISTS (SELECT 1 FROM "StockDeclaration" s WHERE s."accountFiness" = d."accountFiness")`;

function rows(db: Client, sql: string, records: readonly object[]): Statement {
  return db.$executeRawUnsafe(sql, JSON.stringify(records));
}

function referentialStatements(db: Client): Statement[] {
  const guide = new Set(CATEGORIES.filter((c) => c.eligible).map((c) => c.code));
  return [
    rows(db, UPSERT_REGIONS, REGIONS),
    rows(db, UPSERT_DEPARTEMENTS, DEPARTEMENTS),
    rows(db, SEED_CATEGORIES, CATEGORIES.map(({ code, label }) => ({ code, label, guide: guide.has(code) }))),
  ];
}

function catalogueStatements(db: Client): Statement[] {
  return [
    rows(db, UPSERT_PRODUCT_CATEGORIES, DEMO_CATEGORIES),
    rows(db, INSERT_PRODUCTS, DEMO_PRODUCTS),
    rows(db, INSERT_NATIONAL_STOCK, DEMO_PRODUCTS),
    rows(db, INSERT_DECREES, DEMO_DECREES),
  ];
}

/** Runs the statements in order, in one transaction that waits its turn behind any other seed. */
async function seed(db: PrismaClient, statements: (tx: Client) => Statement[]): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(SEED_LOCK);
    for (const statement of statements(tx)) await statement;
  }, TRANSACTION);
}

export async function seedReferential(db: PrismaClient): Promise<void> {
  await seed(db, referentialStatements);
}

/** The demo catalogue: categories with quota parameters, products with prices, state stock, mask tension. */
export async function seedCatalogue(db: PrismaClient): Promise<void> {
  await seed(db, catalogueStatements);
}

export async function seedDemo(db: PrismaClient): Promise<void> {
  await seed(db, (tx) => [
    ...referentialStatements(tx),
    rows(tx, UPSERT_LEGAL_ENTITIES, [...DEMO_LEGAL_ENTITIES, ...MUTUAL_AID_LEGAL_ENTITIES].map((e) => ({ ...e, name: identifyingName(e), sector: legalSector(e.statusCode) }))),
    rows(tx, UPSERT_ESTABLISHMENTS, [...DEMO_ESTABLISHMENTS, ...MUTUAL_AID_ESTABLISHMENTS].map((e) => ({ ...e, name: identifyingName(e) }))),
    ...catalogueStatements(tx),
    rows(tx, INSERT_STOCK_DECLARATIONS, DEMO_STOCK_DECLARATIONS),
  ]);
}

/**
 * The mutual-aid scenario's glove counts (prisma/demo/mutual-aid.ts), written once like the other demo counts. Apart
 * from seedDemo so that the other features' integration tests keep their region's cover as they build it.
 */
export async function seedMutualAidScenario(db: PrismaClient): Promise<void> {
  await seed(db, (tx) => [rows(tx, INSERT_STOCK_DECLARATIONS, MUTUAL_AID_STOCK_DECLARATIONS)]);
}

/** Seeds the demo data when the database holds no region yet; returns whether it did. */
export async function seedDemoIfEmpty(databaseUrl: string): Promise<boolean> {
  const db = createPrismaClient(databaseUrl, 2);
  try {
    if ((await db.region.count()) > 0) return false;
    await seedDemo(db);
    await seedMutualAidScenario(db);
    return true;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL manquant : indiquez la base à alimenter.");
    process.exit(1);
  }
  const db = createPrismaClient(url, 2);
  await seedDemo(db);
  await seedMutualAidScenario(db);
  await db.$disconnect();
  console.log("Données de référence et de démonstration à jour.");
}
