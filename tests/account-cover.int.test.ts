import { beforeAll, describe, expect, it } from "vitest";
import { accountCover, type AccountStockData } from "@/lib/domain/stock/account-cover";
import { db } from "@/lib/server/db";
import { accountsWeeklyQuotas } from "@/lib/server/stock/account-quotas";
import { loadAccountsCover } from "@/lib/server/stock/account-cover";
import { DEMO_FINESS } from "@/prisma/demo/establishments";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";
import { createOrder, createUser, demoProduct } from "./reporting-factories";

const CLINIC = DEMO_FINESS.clinicEt;
const OTHER = DEMO_FINESS.idfClinicEt;
const DAY = 86_400_000;
const now = new Date("2026-11-25T09:30:00.000Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);

let gloves: Awaited<ReturnType<typeof demoProduct>>;

/** An order of `packs` gloves in `status`, delivered at `deliveredAt` when given. */
async function glovesOrder(accountFiness: string, packs: number, status: "DELIVERED" | "SUBMITTED" | "SHIPPED" | "CANCELLED", deliveredAt?: Date) {
  const user = await createUser(`cover.${accountFiness}.${Math.random()}@demo.fr`);
  const order = await createOrder({ createdById: user.id, deliveryFiness: accountFiness, week: "2026-W48", status, lines: [{ reference: "EPI-GNT-100", packs }] });
  if (deliveredAt) await db().order.update({ where: { id: order.id }, data: { deliveredAt } });
}

async function loan(lenderFiness: string, borrowerFiness: string, units: number, handedOverAt: Date, receivedAt: Date | null) {
  await db().exchange.create({
    data: {
      regionCode: "84",
      productId: gloves.id,
      lenderFiness,
      borrowerFiness,
      requestedUnits: units,
      agreedUnits: units,
      status: receivedAt ? "RECEIVED" : "HANDED_OVER",
      createdById: "test",
      handedOverAt,
      receivedAt,
    },
  });
}

beforeAll(async () => {
  await resetDatabase();
  await seedDemo(db());
  await db().$executeRawUnsafe(`TRUNCATE "StockDeclaration", "Exchange", "OrderLine", "Order" CASCADE`);
  gloves = await demoProduct("EPI-GNT-100");
  await db().stockDeclaration.createMany({
    data: [
      { accountFiness: CLINIC, productId: gloves.id, quantity: 10_000, declaredAt: ago(21), declaredById: "test" },
      { accountFiness: CLINIC, productId: gloves.id, quantity: 6_000, declaredAt: ago(7), declaredById: "test" },
      // Declared after `now`, and another establishment's count: neither is the clinic's stock at `now`.
      { accountFiness: CLINIC, productId: gloves.id, quantity: 1, declaredAt: new Date(now.getTime() + DAY), declaredById: "test" },
      { accountFiness: OTHER, productId: gloves.id, quantity: 99_999, declaredAt: ago(3), declaredById: "test" },
    ],
  });
  await glovesOrder(CLINIC, 20, "DELIVERED", ago(10));
  await glovesOrder(CLINIC, 30, "DELIVERED", new Date(now.getTime() + DAY));
  await glovesOrder(CLINIC, 5, "SUBMITTED");
  await glovesOrder(CLINIC, 7, "SHIPPED");
  await glovesOrder(CLINIC, 9, "CANCELLED");
  await glovesOrder(OTHER, 40, "DELIVERED", ago(10));
  await loan(CLINIC, OTHER, 300, ago(12), ago(11));
  await loan(OTHER, CLINIC, 150, ago(9), ago(8));
  await loan(OTHER, CLINIC, 70, ago(2), null);
});

describe("an account's cover, read in one statement", () => {
  it("counts the account's own counts, deliveries, loans and orders on the way up to `now`, nothing else", async () => {
    const cover = (await loadAccountsCover([CLINIC], now)).get(CLINIC)!;
    // The rows written above, as the domain takes them: what the statement must have read.
    const expected: AccountStockData = {
      declarations: [
        { productId: gloves.id, quantity: 10_000, declaredAt: ago(21) },
        { productId: gloves.id, quantity: 6_000, declaredAt: ago(7) },
      ],
      deliveries: [
        { productId: gloves.id, units: 20 * gloves.packSize, deliveredAt: ago(10) },
        { productId: gloves.id, units: -300, deliveredAt: ago(12) },
        { productId: gloves.id, units: 150, deliveredAt: ago(8) },
      ],
      inFlight: [{ categoryCode: gloves.categoryCode, units: (5 + 7) * gloves.packSize }],
    };
    const [{ quotas, categories }, products] = await Promise.all([accountsWeeklyQuotas([CLINIC], now), db().product.findMany()]);
    const coverCategories = categories.map((c) => ({
      code: c.code,
      name: c.name,
      unitLabel: c.unitLabel,
      productIds: products.filter((p) => p.categoryCode === c.code).map((p) => p.id),
      ...quotas.get(CLINIC)!.get(c.code)!,
    }));
    expect(cover.categories).toEqual(accountCover(coverCategories, expected, now));
    expect(cover.lastDeclaredAt).toEqual(ago(7));
    // Not vacuous: 10 000 + 2 000 delivered − 300 lent + 150 borrowed − 6 000 over two weeks.
    const glovesCover = cover.categories.find((c) => c.code === gloves.categoryCode)!.cover;
    expect(glovesCover.weeklyConsumption).toBeCloseTo((10_000 + 20 * gloves.packSize - 300 + 150 - 6_000) / 2, 0);
  });
});
