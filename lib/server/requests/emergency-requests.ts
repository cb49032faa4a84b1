import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { isoWeekOf } from "@/lib/domain/time/paris-time";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { DomainError } from "@/lib/domain/errors";
import { localAidSnapshot, type LocalAidSnapshot } from "@/lib/domain/mutual-aid/local-aid-snapshot";
import { requestRefusals } from "@/lib/domain/requests/refusals";
import { requireUndecided, type RequestStatus } from "@/lib/domain/requests/request-status";
import { decideRequestSchema, fileEmergencySchema, type DecideRequestInput, type FileEmergencyInput } from "@/lib/schemas/requests";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { auditOrderPlaced } from "../orders/order-audit";
import { db } from "../db";
import { localAidFor } from "../mutual-aid/local-aid";
import { emergencySummaries } from "./emergency-summaries";

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

/**
 * The establishment an ARS asks a top-up for, held to its region, and the account it orders under: itself, or the EJ
 * of a public multi-site entity.
 */
async function emergencyAccount(actor: Pick<Actor, "regionCode">, establishmentFiness: string) {
  const establishment = await db().establishment.findUnique({
    where: { finess: establishmentFiness },
    select: {
      finess: true,
      name: true,
      departement: { select: { regionCode: true } },
      legalEntity: { select: { finess: true, sector: true, _count: { select: { establishments: true } } } },
    },
  });
  if (!establishment) throw requestRefusals.refuse("ESTABLISHMENT_NOT_FOUND", { finess: establishmentFiness });
  if (!actor.regionCode || establishment.departement.regionCode !== actor.regionCode) {
    throw requestRefusals.refuse("ESTABLISHMENT_OF_ANOTHER_REGION", { name: establishment.name });
  }
  const multiSitePublic = establishment.legalEntity.sector === "PUBLIC" && establishment.legalEntity._count.establishments > 1;
  return { establishment, accountFiness: multiSitePublic ? establishment.legalEntity.finess : establishment.finess };
}

async function localAidBefore(accountFiness: string, now: Date): Promise<LocalAidSnapshot> {
  return localAidSnapshot((await localAidFor(accountFiness, now))?.categories ?? []);
}

/** For the form: an establishment of the ARS's region, its cover and the neighbours who could lend, before it files. */
export async function emergencyLocalAid(actor: Pick<Actor, "regionCode">, establishmentFiness: string, now = new Date()) {
  try {
    const { establishment, accountFiness } = await emergencyAccount(actor, establishmentFiness);
    return { ok: true as const, name: establishment.name, snapshot: await localAidBefore(accountFiness, now) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false as const, refusal: error.refusal };
    throw error;
  }
}

/**
 * An ARS files an emergency top-up ("dépannage urgent") for an establishment of its region: products in packs, the
 * reason, and what was tried locally first. The account is the one the establishment orders under: itself, or the EJ
 * of a public multi-site entity. Its cover and the neighbours who could have lent are kept with the request.
 */
export async function fileEmergencyRequest(actor: Pick<Actor, "id" | "email" | "regionCode">, input: FileEmergencyInput, now = new Date()) {
  const { establishmentFiness, reason, localAidTried, lines } = fileEmergencySchema.parse(input);
  const requested = lines.filter((l) => l.packs > 0);
  const { establishment, accountFiness } = await emergencyAccount(actor, establishmentFiness);
  const products = await db().product.findMany({ where: { id: { in: requested.map((l) => l.productId) }, active: true }, select: { id: true } });
  if (products.length !== requested.length) throw catalogueRefusals.refuse("PRODUCT_UNAVAILABLE");
  const localAid = await localAidBefore(accountFiness, now);
  return db().$transaction(async (tx) => {
    const request = await tx.emergencyRequest.create({
      data: {
        accountFiness,
        deliveryFiness: establishment.finess,
        regionCode: actor.regionCode!,
        reason,
        localAidTried,
        localAid: localAid as unknown as Prisma.InputJsonValue,
        filedById: actor.id,
        lines: { create: requested.map((l) => ({ productId: l.productId, packs: l.packs })) },
      },
    });
    await audit(tx, actor, {
      action: "emergency.file",
      entityType: "EmergencyRequest",
      entityId: request.id,
      after: { accountFiness, deliveryFiness: establishment.finess, reason, localAidTried, lines: requested },
    });
    return { id: request.id };
  });
}

export type EmergencyDecisionOutcome = { requestId: string; status: RequestStatus; orderNumber: number | null; replayed: boolean };

/**
 * The crisis centre decides. Approval creates, in one transaction with the decision, an order of kind EMERGENCY
 * delivered by Santé publique France, taking the units from the national stock by conditional updates (never below
 * zero) but not from the weekly quota. The request row is locked: approving twice, even at once, makes one order.
 */
export async function decideEmergencyRequest(actor: Pick<Actor, "id" | "email">, input: DecideRequestInput, now = new Date()): Promise<EmergencyDecisionOutcome> {
  const { requestId, decision, reason } = decideRequestSchema.parse(input);
  return db().$transaction(async (tx) => {
    const [request] = await tx.$queryRaw<Array<{ status: RequestStatus; accountFiness: string; deliveryFiness: string; orderId: string | null }>>`
      SELECT "status", "accountFiness", "deliveryFiness", "orderId" FROM "EmergencyRequest" WHERE "id" = ${requestId} FOR UPDATE`;
    if (!request) throw requestRefusals.refuse("EMERGENCY_NOT_FOUND");
    if (request.status === "APPROVED" && decision === "APPROVED" && request.orderId) {
      const order = await tx.order.findUniqueOrThrow({ where: { id: request.orderId }, select: { number: true } });
      return { requestId, status: "APPROVED" as const, orderNumber: order.number, replayed: true };
    }
    requireUndecided(request.status);

    let order: { id: string; number: number } | null = null;
    if (decision === "APPROVED") {
      const requestLines = await tx.emergencyRequestLine.findMany({ where: { requestId }, orderBy: { productId: "asc" } });
      const products = await tx.product.findMany({
        where: { id: { in: requestLines.map((l) => l.productId) } },
        select: { id: true, name: true, packSize: true, categoryCode: true, stock: { select: { quantity: true } } },
      });
      const lines = requestLines.map((line) => ({ ...line, product: products.find((p) => p.id === line.productId)! }));
      // Fixed order of row locks (by product), as ordering does: concurrent approvals cannot deadlock.
      for (const line of lines) {
        const units = line.packs * line.product.packSize;
        const taken = await tx.$executeRaw`
          UPDATE "NationalStock" SET "quantity" = "quantity" - ${units}, "updatedAt" = now()
          WHERE "productId" = ${line.productId} AND "quantity" >= ${units}`;
        if (taken === 0) {
          // Thrown inside the transaction: it rolls back, the request stays pending.
          throw catalogueRefusals.refuse("NATIONAL_STOCK_SHORT", { product: line.product.name, requestedUnits: units, availableUnits: line.product.stock?.quantity ?? 0 });
        }
      }
      order = await tx.order.create({
        data: {
          accountFiness: request.accountFiness,
          deliveryFiness: request.deliveryFiness,
          kind: "EMERGENCY",
          week: isoWeekOf(now).key,
          carrier: "SPF_DIRECT",
          totalCents: 0,
          idempotencyKey: `depannage-${requestId}`,
          createdById: actor.id,
          lines: {
            create: lines.map((l) => ({ productId: l.productId, categoryCode: l.product.categoryCode, packs: l.packs, units: l.packs * l.product.packSize, unitPriceCents: 0 })),
          },
        },
        select: { id: true, number: true },
      });
      await auditOrderPlaced(tx, actor, order, { kind: "EMERGENCY", carrier: "SPF_DIRECT", emergencyRequestId: requestId, lines: lines.map((l) => ({ productId: l.productId, packs: l.packs })) });
    }
    await tx.emergencyRequest.update({
      where: { id: requestId },
      data: { status: decision, decidedAt: now, decidedById: actor.id, decisionReason: reason || null, orderId: order?.id ?? null },
    });
    await audit(tx, actor, {
      action: decision === "APPROVED" ? "emergency.approve" : "emergency.reject",
      entityType: "EmergencyRequest",
      entityId: requestId,
      before: { status: request.status },
      after: { status: decision, reason: reason || null, orderId: order?.id ?? null, orderNumber: order?.number ?? null },
    });
    return { requestId, status: decision, orderNumber: order?.number ?? null, replayed: false };
  }, TRANSACTION_OPTIONS);
}

/** An ARS's requests (its region), newest first. */
export function listEmergencyRequestsOfRegion(regionCode: string) {
  return emergencySummaries(db(), Prisma.sql`r."regionCode" = ${regionCode}`, 200);
}

/** For the crisis centre: every pending request, and the last decided ones. */
export async function listEmergencyRequestsToDecide() {
  const [pending, decided] = await Promise.all([
    emergencySummaries(db(), Prisma.sql`r."status" = 'PENDING'`, 500),
    emergencySummaries(db(), Prisma.sql`r."status" <> 'PENDING'`, 50),
  ]);
  return { pending: pending.reverse(), decided };
}
