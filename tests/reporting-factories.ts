import type { OrderKind, OrderStatus } from "@/generated/prisma/client";
import { db } from "@/lib/server/db";

let sequence = 0;

/** The demo product of a reference, with its category and pack size. */
export function demoProduct(reference: string) {
  return db().product.findUniqueOrThrow({ where: { reference } });
}

/** A user for orders and requests to be created by (orders need a creator). */
export async function createUser(email: string, data: { roles?: Array<"OPERATOR" | "ARS" | "NATIONAL_ADMIN" | "CRISIS_CENTER" | "APE">; regionCode?: string; boundFiness?: string } = {}) {
  return db().user.create({
    data: { email, plageSubject: `plage-${email}`, roles: data.roles ?? ["OPERATOR"], regionCode: data.regionCode, boundFiness: data.boundFiness, registeredAt: new Date() },
  });
}

/** An order written straight to the database (no quota or stock bookkeeping): reports only read orders and lines. */
export async function createOrder(options: {
  createdById: string;
  deliveryFiness: string;
  accountFiness?: string;
  week: string;
  kind?: OrderKind;
  status?: OrderStatus;
  lines: Array<{ reference: string; packs: number }>;
}) {
  sequence += 1;
  const lines = await Promise.all(
    options.lines.map(async (line) => {
      const product = await demoProduct(line.reference);
      return { productId: product.id, categoryCode: product.categoryCode, packs: line.packs, units: line.packs * product.packSize, unitPriceCents: 0 };
    }),
  );
  return db().order.create({
    data: {
      accountFiness: options.accountFiness ?? options.deliveryFiness,
      deliveryFiness: options.deliveryFiness,
      kind: options.kind ?? "STATE_STOCK",
      status: options.status ?? "SUBMITTED",
      week: options.week,
      carrier: "LA_POSTE",
      idempotencyKey: `reporting-test-${sequence}`,
      createdById: options.createdById,
      lines: { create: lines },
    },
  });
}
