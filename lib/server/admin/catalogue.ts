import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import type { CreateProductInput, UpdateProductCategoryInput, UpdateProductInput } from "@/lib/schemas/catalogue";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { changedFields, lockRowOrThrow, missingCategory, requireCategory } from "./rows";

/** The EPI categories in display order, each with its products (active or not). */
export async function listCatalogue() {
  return db().productCategory.findMany({
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    include: { products: { orderBy: [{ active: "desc" }, { reference: "asc" }] } },
  });
}

/** A reference is unique: the database says so, even between two admins saving at the same time. */
function explainTakenReference(reference: string) {
  return (error: unknown): never => {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw catalogueRefusals.refuse("REFERENCE_TAKEN", { reference });
    }
    throw error;
  };
}

export async function createProduct(actor: Actor, input: CreateProductInput) {
  return db().$transaction(async (tx) => {
    await requireCategory(tx, input.categoryCode);
    const product = await tx.product.create({ data: input }).catch(explainTakenReference(input.reference));
    await audit(tx, actor, { action: "product.create", entityType: "Product", entityId: product.id, before: null, after: input });
    return { id: product.id, reference: product.reference };
  });
}

/** Edits a product; there is no deletion, since orders reference products: deactivating hides it from ordering. */
export async function updateProduct(actor: Actor, { id, ...input }: UpdateProductInput) {
  return db().$transaction(async (tx) => {
    await lockRowOrThrow(tx, "Product", id, catalogueRefusals.refuse("PRODUCT_NOT_FOUND"));
    const current = await tx.product.findUniqueOrThrow({ where: { id } });
    const change = changedFields(current, input);
    if (!change) return { id, reference: current.reference, changed: false };
    if (change.after.categoryCode) await requireCategory(tx, input.categoryCode);
    await tx.product.update({ where: { id }, data: input }).catch(explainTakenReference(input.reference));
    await audit(tx, actor, { action: "product.update", entityType: "Product", entityId: id, ...change });
    return { id, reference: input.reference, changed: true };
  });
}

/** Renames a (seeded) EPI category or the name of its unit. */
export async function updateProductCategory(actor: Actor, { code, ...input }: UpdateProductCategoryInput) {
  return db().$transaction(async (tx) => {
    await lockRowOrThrow(tx, "ProductCategory", code, missingCategory(code));
    const current = await tx.productCategory.findUniqueOrThrow({ where: { code } });
    const change = changedFields(current, input);
    if (!change) return { code, changed: false };
    await tx.productCategory.update({ where: { code }, data: input });
    await audit(tx, actor, { action: "productCategory.update", entityType: "ProductCategory", entityId: code, ...change });
    return { code, changed: true };
  });
}
