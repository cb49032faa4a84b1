/**
 * Reference data (ARS, départements, categories) and the demo establishments. Idempotent: upserts only.
 * `npm run db:seed` re-applies it; `npm start` runs it on an empty database.
 */
import { pathToFileURL } from "node:url";
import { legalSector } from "../lib/domain/finess/legal-status";
import { identifyingName } from "../lib/domain/finess/names";
import { CATEGORIES } from "../lib/domain/referential/categories";
import { DEPARTEMENTS, REGIONS } from "../lib/domain/referential/regions";
import { createPrismaClient, type PrismaClient } from "../lib/server/prisma";
import { DEMO_CATEGORIES, DEMO_DECREES, DEMO_PRODUCTS } from "./demo/catalogue";
import { DEMO_ESTABLISHMENTS, DEMO_LEGAL_ENTITIES } from "./demo/establishments";

export async function seedReferential(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const region of REGIONS) {
      await tx.region.upsert({ where: { code: region.code }, create: region, update: region });
    }
    for (const departement of DEPARTEMENTS) {
      await tx.departement.upsert({ where: { code: departement.code }, create: departement, update: departement });
    }
    for (const category of CATEGORIES) {
      // The eligible list is admin-managed: re-seeding adds missing categories, never overrides an admin's choice.
      await tx.category.upsert({
        where: { code: category.code },
        create: { ...category, finessLabel: category.eligible ? null : category.label },
        update: category.eligible ? { label: category.label } : {},
      });
    }
  });
}

export async function seedDemo(db: PrismaClient): Promise<void> {
  await seedReferential(db);
  await db.$transaction(async (tx) => {
    for (const entity of DEMO_LEGAL_ENTITIES) {
      const data = { ...entity, name: identifyingName(entity), sector: legalSector(entity.statusCode) };
      await tx.legalEntity.upsert({ where: { finess: entity.finess }, create: data, update: data });
    }
    for (const establishment of DEMO_ESTABLISHMENTS) {
      const data = { ...establishment, name: identifyingName(establishment) };
      await tx.establishment.upsert({ where: { finess: establishment.finess }, create: data, update: data });
    }
  });
  await seedCatalogue(db);
}

/** The demo catalogue: categories with quota parameters, products with prices, state stock, mask tension. */
export async function seedCatalogue(db: PrismaClient): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const category of DEMO_CATEGORIES) {
      // Admins tune quota parameters: re-seeding never overrides them.
      await tx.productCategory.upsert({ where: { code: category.code }, create: category, update: { name: category.name } });
    }
    for (const { stock, ...product } of DEMO_PRODUCTS) {
      const { id } = await tx.product.upsert({ where: { reference: product.reference }, create: product, update: {} });
      await tx.nationalStock.upsert({ where: { productId: id }, create: { productId: id, quantity: stock }, update: {} });
    }
    for (const decree of DEMO_DECREES) {
      if (!(await tx.tensionDecree.count({ where: { categoryCode: decree.categoryCode } }))) await tx.tensionDecree.create({ data: decree });
    }
  });
}

/** Seeds the demo data when the database holds no region yet; returns whether it did. */
export async function seedDemoIfEmpty(databaseUrl: string): Promise<boolean> {
  const db = createPrismaClient(databaseUrl, 2);
  try {
    if ((await db.region.count()) > 0) return false;
    await seedDemo(db);
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
  await db.$disconnect();
  console.log("Données de référence et de démonstration à jour.");
}
