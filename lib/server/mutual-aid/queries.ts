import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ExchangeStatus } from "@/lib/domain/mutual-aid/exchange-status";
import { db } from "../db";
import { accountContacts, accountPlaces, type AccountContact, type AccountPlace } from "./places";

export interface ExchangeParticipant extends AccountPlace {
  contacts: AccountContact[];
}

export interface ExchangeSummary {
  id: string;
  number: number;
  status: ExchangeStatus;
  productId: string;
  productName: string;
  unitLabel: string;
  requestedUnits: number;
  agreedUnits: number | null;
  note: string | null;
  brokered: boolean;
  createdAt: Date;
  handedOverAt: Date | null;
  receivedAt: Date | null;
  lender: ExchangeParticipant;
  borrower: ExchangeParticipant | null;
}

async function summaries(where: Prisma.ExchangeWhereInput, take: number): Promise<ExchangeSummary[]> {
  const rows = await db().exchange.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take,
    include: { product: { select: { name: true, category: { select: { unitLabel: true } } } } },
  });
  const finesses = rows.flatMap((r) => (r.borrowerFiness ? [r.lenderFiness, r.borrowerFiness] : [r.lenderFiness]));
  const [places, contacts] = await Promise.all([accountPlaces(finesses), accountContacts(finesses)]);
  const participant = (finess: string): ExchangeParticipant => ({
    ...(places.get(finess) ?? { finess, name: finess, departementCode: "", regionCode: null, sector: "AUTRE", position: null, address: null, phone: null }),
    contacts: contacts.get(finess) ?? [],
  });
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    status: r.status,
    productId: r.productId,
    productName: r.product.name,
    unitLabel: r.product.category.unitLabel,
    requestedUnits: r.requestedUnits,
    agreedUnits: r.agreedUnits,
    note: r.note,
    brokered: r.brokeredById !== null,
    createdAt: r.createdAt,
    handedOverAt: r.handedOverAt,
    receivedAt: r.receivedAt,
    lender: participant(r.lenderFiness),
    borrower: r.borrowerFiness ? participant(r.borrowerFiness) : null,
  }));
}

/** The exchanges an account lends or borrows in, newest first. */
export function exchangesOfAccount(accountFiness: string, take = 200) {
  return summaries({ OR: [{ lenderFiness: accountFiness }, { borrowerFiness: accountFiness }] }, take);
}

/** Every exchange of a region, for its ARS, newest first. */
export function exchangesOfRegion(regionCode: string, take = 500) {
  return summaries({ regionCode }, take);
}

/** The active products of each EPI category, for choosing what to lend or borrow. */
export async function productsByCategory(): Promise<Map<string, Array<{ id: string; name: string }>>> {
  const products = await db().product.findMany({ where: { active: true }, select: { id: true, name: true, categoryCode: true }, orderBy: { name: "asc" } });
  const byCategory = new Map<string, Array<{ id: string; name: string }>>();
  for (const p of products) byCategory.set(p.categoryCode, [...(byCategory.get(p.categoryCode) ?? []), { id: p.id, name: p.name }]);
  return byCategory;
}
