import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { catalogueRefusals } from "@/lib/domain/catalogue/refusals";
import { mutualAidRefusals } from "@/lib/domain/mutual-aid/refusals";
import { agreedUnitsRefusal, canMoveExchange, type ExchangeParty, type ExchangeStatus } from "@/lib/domain/mutual-aid/exchange-status";
import {
  brokerExchangeSchema,
  moveExchangeSchema,
  offerSurplusSchema,
  requestLoanSchema,
  type BrokerExchangeInput,
  type MoveExchangeInput,
  type OfferSurplusInput,
  type RequestLoanInput,
} from "@/lib/schemas/mutual-aid";
import { accountOf } from "../account";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";
import { accountPlaces } from "./places";

type Tx = Prisma.TransactionClient;
type ExchangeActor = Pick<Actor, "id" | "email" | "regionCode" | "establishmentFiness">;

const TRANSACTION_OPTIONS = { maxWait: 15_000, timeout: 15_000 };

function ownAccount(actor: ExchangeActor): string {
  return accountOf(actor);
}

/** The region both accounts belong to; a loan never crosses a region (nor leaves `regionCode` when one is imposed). */
async function commonRegion(borrowerFiness: string, lenderFiness: string, regionCode?: string | null): Promise<string> {
  if (borrowerFiness === lenderFiness) throw mutualAidRefusals.refuse("SELF_LOAN");
  const places = await accountPlaces([borrowerFiness, lenderFiness]);
  const borrower = places.get(borrowerFiness);
  const lender = places.get(lenderFiness);
  if (!borrower) throw mutualAidRefusals.refuse("EXCHANGE_PARTY_NOT_FOUND", { finess: borrowerFiness });
  if (!lender) throw mutualAidRefusals.refuse("EXCHANGE_PARTY_NOT_FOUND", { finess: lenderFiness });
  const region = regionCode === undefined ? borrower.regionCode : regionCode;
  if (!region || borrower.regionCode !== region || lender.regionCode !== region) {
    throw mutualAidRefusals.refuse("EXCHANGE_ACROSS_REGIONS");
  }
  return region;
}

async function activeProduct(productId: string) {
  const product = await db().product.findFirst({ where: { id: productId, active: true }, select: { id: true, name: true } });
  if (!product) throw catalogueRefusals.refuse("PRODUCT_UNAVAILABLE");
  return product;
}

/** The account's latest declared stock of a product, read under the account's declaration lock. */
async function lockedDeclaredUnits(tx: Tx, accountFiness: string, productId: string): Promise<number | null> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`stock-declaration:${accountFiness}`}))`;
  const latest = await tx.stockDeclaration.findFirst({ where: { accountFiness, productId }, orderBy: { declaredAt: "desc" }, select: { quantity: true } });
  return latest?.quantity ?? null;
}

/** The declared stock moves by `delta`: a new declaration, audited like one the establishment would make. */
async function moveDeclaredStock(tx: Tx, actor: ExchangeActor, exchange: { id: string; number: number }, accountFiness: string, productId: string, delta: number, at: Date) {
  const declared = await lockedDeclaredUnits(tx, accountFiness, productId);
  const quantity = (declared ?? 0) + delta;
  if (quantity < 0) {
    throw mutualAidRefusals.refuse("DECLARED_STOCK_SHORT", { declared: declared ?? 0, units: -delta });
  }
  const { id } = await tx.stockDeclaration.create({ data: { accountFiness, productId, quantity, declaredAt: at, declaredById: actor.id }, select: { id: true } });
  await audit(tx, actor, {
    action: "stock.declare",
    entityType: "StockDeclaration",
    entityId: id,
    before: { quantity: declared },
    after: { accountFiness, productId, quantity, declaredAt: at.toISOString(), exchangeId: exchange.id, exchangeNumber: exchange.number },
  });
  return quantity;
}

/** An establishment asks a neighbour of its region for a loan. */
export async function requestLoan(actor: ExchangeActor, input: RequestLoanInput) {
  const { lenderFiness, productId, units, note } = requestLoanSchema.parse(input);
  const borrowerFiness = ownAccount(actor);
  const regionCode = await commonRegion(borrowerFiness, lenderFiness);
  await activeProduct(productId);
  return db().$transaction(async (tx) => {
    const exchange = await tx.exchange.create({
      data: { regionCode, productId, lenderFiness, borrowerFiness, requestedUnits: units, status: "REQUESTED", note: note || null, createdById: actor.id },
      select: { id: true, number: true },
    });
    await audit(tx, actor, { action: "exchange.request", entityType: "Exchange", entityId: exchange.id, after: { status: "REQUESTED", lenderFiness, borrowerFiness, productId, units } });
    return exchange;
  });
}

/** An establishment offers part of its stock to the list its ARS brokers from; no more than it declared. */
export async function offerSurplus(actor: ExchangeActor, input: OfferSurplusInput) {
  const { productId, units, note } = offerSurplusSchema.parse(input);
  const lenderFiness = ownAccount(actor);
  const place = (await accountPlaces([lenderFiness])).get(lenderFiness);
  if (!place?.regionCode) throw mutualAidRefusals.refuse("NO_ARS_FOR_OFFER");
  const product = await activeProduct(productId);
  return db().$transaction(async (tx) => {
    const declared = await lockedDeclaredUnits(tx, lenderFiness, productId);
    if (declared === null || declared < units) {
      throw mutualAidRefusals.refuse("OFFER_ABOVE_DECLARED", { declared: declared ?? 0, product: product.name, units });
    }
    const exchange = await tx.exchange.create({
      data: { regionCode: place.regionCode!, productId, lenderFiness, requestedUnits: units, status: "OFFERED", note: note || null, createdById: actor.id },
      select: { id: true, number: true },
    });
    await audit(tx, actor, { action: "exchange.offer", entityType: "Exchange", entityId: exchange.id, after: { status: "OFFERED", lenderFiness, productId, units } });
    return exchange;
  }, TRANSACTION_OPTIONS);
}

interface LockedExchange {
  id: string;
  number: number;
  regionCode: string;
  status: ExchangeStatus;
  productId: string;
  lenderFiness: string;
  borrowerFiness: string | null;
  requestedUnits: number;
  agreedUnits: number | null;
}

/** The exchange row, locked until the transaction ends: two answers or confirmations at once are serialised. */
async function lockExchange(tx: Tx, exchangeId: string): Promise<LockedExchange> {
  const [row] = await tx.$queryRaw<LockedExchange[]>`
    SELECT "id", "number", "regionCode", "status"::text AS "status", "productId", "lenderFiness", "borrowerFiness", "requestedUnits", "agreedUnits"
    FROM "Exchange" WHERE "id" = ${exchangeId} FOR UPDATE`;
  if (!row) throw mutualAidRefusals.refuse("EXCHANGE_NOT_FOUND");
  return row;
}

const AUDIT_ACTIONS: Record<ExchangeStatus, string> = {
  OFFERED: "exchange.offer",
  REQUESTED: "exchange.request",
  ACCEPTED: "exchange.accept",
  DECLINED: "exchange.decline",
  CANCELLED: "exchange.cancel",
  WITHDRAWN: "exchange.withdraw",
  HANDED_OVER: "exchange.hand-over",
  RECEIVED: "exchange.receive",
};

/**
 * One step by one of the two establishments: the lender accepts (perhaps for less), declines, withdraws its offer or
 * confirms the hand-over (its declared stock goes down); the borrower cancels or confirms receipt (its declared stock
 * goes up). The row lock and the transition table make a repeated or concurrent step a refusal, so stock moves once.
 */
export async function moveExchange(actor: ExchangeActor, input: MoveExchangeInput, now = new Date()) {
  const { exchangeId, to, agreedUnits } = moveExchangeSchema.parse(input);
  const account = ownAccount(actor);
  return db().$transaction(async (tx) => {
    const exchange = await lockExchange(tx, exchangeId);
    const party: ExchangeParty | null = exchange.lenderFiness === account ? "LENDER" : exchange.borrowerFiness === account ? "BORROWER" : null;
    if (!party) throw mutualAidRefusals.refuse("NOT_EXCHANGE_PARTY");
    if (!canMoveExchange(exchange.status, to, party)) throw mutualAidRefusals.refuse("EXCHANGE_MOVE_REFUSED", { from: exchange.status, to });
    const data: Prisma.ExchangeUpdateInput = { status: to };
    let stock: number | null = null;
    if (to === "ACCEPTED") {
      const refusal = agreedUnitsRefusal(exchange.requestedUnits, agreedUnits!);
      if (refusal) throw mutualAidRefusals.refuse(refusal, { agreed: agreedUnits!, requested: exchange.requestedUnits });
      Object.assign(data, { agreedUnits, answeredAt: now });
    }
    if (to === "DECLINED") data.answeredAt = now;
    if (to === "HANDED_OVER") {
      stock = await moveDeclaredStock(tx, actor, exchange, exchange.lenderFiness, exchange.productId, -exchange.agreedUnits!, now);
      data.handedOverAt = now;
    }
    if (to === "RECEIVED") {
      stock = await moveDeclaredStock(tx, actor, exchange, exchange.borrowerFiness!, exchange.productId, exchange.agreedUnits!, now);
      data.receivedAt = now;
    }
    await tx.exchange.update({ where: { id: exchangeId }, data });
    await audit(tx, actor, {
      action: AUDIT_ACTIONS[to],
      entityType: "Exchange",
      entityId: exchangeId,
      before: { status: exchange.status },
      after: { status: to, by: party, agreedUnits: agreedUnits ?? exchange.agreedUnits, declaredStock: stock },
    });
    return { id: exchangeId, number: exchange.number, status: to, declaredStock: stock };
  }, TRANSACTION_OPTIONS);
}

/** The ARS of the region proposes a lender to a borrower, or gives an offered surplus a borrower (then agreed). */
export async function brokerExchange(actor: ExchangeActor, input: BrokerExchangeInput, now = new Date()) {
  const parsed = brokerExchangeSchema.parse(input);
  if (!actor.regionCode) throw mutualAidRefusals.refuse("BROKER_WITHOUT_REGION");
  if (parsed.kind === "LOAN") {
    const { borrowerFiness, lenderFiness, productId, units, note } = parsed;
    const regionCode = await commonRegion(borrowerFiness, lenderFiness, actor.regionCode);
    await activeProduct(productId);
    return db().$transaction(async (tx) => {
      const exchange = await tx.exchange.create({
        data: { regionCode, productId, lenderFiness, borrowerFiness, requestedUnits: units, status: "REQUESTED", note: note || null, createdById: actor.id, brokeredById: actor.id },
        select: { id: true, number: true },
      });
      await audit(tx, actor, { action: "exchange.broker", entityType: "Exchange", entityId: exchange.id, after: { status: "REQUESTED", lenderFiness, borrowerFiness, productId, units } });
      return exchange;
    });
  }
  const { exchangeId, borrowerFiness, units } = parsed;
  return db().$transaction(async (tx) => {
    const exchange = await lockExchange(tx, exchangeId);
    if (exchange.regionCode !== actor.regionCode) throw mutualAidRefusals.refuse("OFFER_OF_ANOTHER_REGION");
    if (!canMoveExchange(exchange.status, "ACCEPTED", "ARS")) throw mutualAidRefusals.refuse("EXCHANGE_MOVE_REFUSED", { from: exchange.status, to: "ACCEPTED" });
    await commonRegion(borrowerFiness, exchange.lenderFiness, actor.regionCode);
    const refusal = agreedUnitsRefusal(exchange.requestedUnits, units);
    if (refusal) throw mutualAidRefusals.refuse(refusal, { agreed: units, requested: exchange.requestedUnits });
    await tx.exchange.update({
      where: { id: exchangeId },
      data: { status: "ACCEPTED", borrowerFiness, agreedUnits: units, brokeredById: actor.id, answeredAt: now },
    });
    await audit(tx, actor, {
      action: "exchange.broker",
      entityType: "Exchange",
      entityId: exchangeId,
      before: { status: exchange.status },
      after: { status: "ACCEPTED", borrowerFiness, agreedUnits: units },
    });
    return { id: exchangeId, number: exchange.number };
  }, TRANSACTION_OPTIONS);
}
