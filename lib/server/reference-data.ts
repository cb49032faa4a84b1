import "server-only";
import { cache } from "react";
import { db } from "./db";

/** What every order reads and an admin changes a few times a week. Shared between requests: never mutate it. */
export interface ReferenceData {
  /** The EPI categories in display order, each with its quota parameters' changes. */
  categories: Awaited<ReturnType<typeof loadCategories>>;
  /** Every tension decree, past and future: which are in force depends on the instant asked about. */
  decrees: Awaited<ReturnType<typeof loadDecrees>>;
  /** The active products in the order page's order, each with its category. */
  products: Awaited<ReturnType<typeof loadProducts>>;
  /** The admin-set values, by key, as stored. */
  settings: ReadonlyMap<string, unknown>;
}

const loadCategories = () => db().productCategory.findMany({ orderBy: { sortOrder: "asc" }, include: { parameterChanges: true } });
const loadDecrees = () => db().tensionDecree.findMany();
const loadProducts = () =>
  db().product.findMany({ where: { active: true }, include: { category: true }, orderBy: [{ category: { sortOrder: "asc" } }, { name: "asc" }] });

async function load(): Promise<ReferenceData> {
  const [categories, decrees, products, settings] = await Promise.all([loadCategories(), loadDecrees(), loadProducts(), db().setting.findMany()]);
  return { categories, decrees, products, settings: new Map(settings.map((s) => [s.key, s.value])) };
}

let cached: { version: bigint; data: Promise<ReferenceData> } | undefined;

/**
 * The reference data, cached in this process (decision 0022). Each call first reads the version row a trigger bumps
 * in every transaction that changes one of these tables, then loads them again if it moved: a change committed on
 * any instance is seen at the next call on all of them. The version is read before the data, so data cached under a
 * version is never older than it; an older version read by a slower request keeps the newer data. Within one render
 * (layout, page and their components), React's cache makes that one read of the version per request.
 */
export const referenceData = cache(async function referenceData(): Promise<ReferenceData> {
  const [{ version }] = await db().$queryRaw<[{ version: bigint }]>`SELECT "version" FROM "reference_data"."version"`;
  if (!cached || version > cached.version) {
    const data = load();
    cached = { version, data };
    // A failed load is not kept: the next call tries again.
    data.catch(() => {
      if (cached?.data === data) cached = undefined;
    });
  }
  return cached.data;
});
