import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { dayOfWeek, isoWeekOf, shiftedWeek, shiftWeek } from "@/lib/domain/time/paris-time";
import type { Actor } from "@/lib/server/actor";
import { updateQuotaParameters } from "@/lib/server/admin/quotas";
import { db } from "@/lib/server/db";
import { placeOrder } from "@/lib/server/orders/place-order";
import { quotaOverview } from "@/lib/server/orders/quota-overview";
import { accountQuotasInWeek } from "@/lib/server/quota-revision/revisions";
import { accountsWeeklyQuotas } from "@/lib/server/stock/account-quotas";
import { placeOrderSchema } from "@/lib/schemas/orders";
import { quotaParametersSchema } from "@/lib/schemas/quota";
import { seedDemo } from "@/prisma/seed";
import { resetDatabase } from "./database";

/*
 * Quota parameters take effect on a chosen week (the form proposes next week): a change decided mid-week leaves the
 * week under way as it was, and a change chosen for the week under way never takes it below what was ordered in it.
 */
const CLINIC = "690812342";
const FFP2 = "MASQUES_FFP2";
const admin: Actor = { id: "admin-id", email: "admin@demo.fr", roles: ["NATIONAL_ADMIN"], regionCode: null, establishmentFiness: null };
let operator: { id: string; email: string; establishmentFiness: string };

const now = new Date();
const thisWeek = isoWeekOf(now);
const nextWeekKey = shiftWeek(thisWeek.key, 1);
const inNextWeek = dayOfWeek(shiftedWeek(thisWeek, 1), 2, 12);

/** The clinic's FFP2 allowance and use in the week of `at`, as the home and order pages read them. */
async function ffp2(at: Date) {
  const { quotas } = await quotaOverview(CLINIC, at);
  return quotas.find((q) => q.code === FFP2)!;
}

const parameters = (quotaPerCapacityUnit: string, quotaPerStaffMember: string, fromWeek?: string) =>
  quotaParametersSchema.parse({ categoryCode: FFP2, quotaPerCapacityUnit, quotaPerStaffMember, fromWeek: fromWeek ?? nextWeekKey });

async function orderFfp2(boxes: number) {
  const product = await db().product.findUniqueOrThrow({ where: { reference: "EPI-FFP2-20" } });
  return placeOrder(operator, placeOrderSchema.parse({ idempotencyKey: randomUUID(), kind: "STATE_STOCK", lines: [{ productId: product.id, packs: boxes }] }));
}

describe("quota parameters by week", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(db());
    const user = await db().user.create({
      data: { email: "operateur@clinique-demo.fr", plageSubject: "plage-0001", roles: ["OPERATOR"], boundFiness: CLINIC, registeredAt: new Date() },
    });
    operator = { id: user.id, email: user.email, establishmentFiness: CLINIC };
  });

  it("a change decided mid-week leaves the current week's allowance as it was and applies from next week", async () => {
    // Clinic: 180 beds × 1 + 420 staff × 0,5 = 390 FFP2 masks a week; it orders 10 boxes of 20.
    await orderFfp2(10);
    expect(await ffp2(now)).toMatchObject({ allowedUnits: 390, usedUnits: 200 });

    await updateQuotaParameters(admin, parameters("0,5", "0,25"), now);

    expect(await ffp2(now)).toMatchObject({ allowedUnits: 390, usedUnits: 200 });
    expect(await ffp2(inNextWeek)).toMatchObject({ allowedUnits: 195, usedUnits: 0 });
    // The other readers (stock cover, /contingent) say the same figures for the same weeks.
    expect((await accountsWeeklyQuotas([CLINIC], now)).quotas.get(CLINIC)?.get(FFP2)).toMatchObject({ allowedUnits: 390, usedUnits: 200 });
    expect((await accountQuotasInWeek(CLINIC, thisWeek.key)).find((q) => q.code === FFP2)?.units).toBe(390);
    expect((await accountQuotasInWeek(CLINIC, nextWeekKey)).find((q) => q.code === FFP2)?.units).toBe(195);
    // The order still fits this week's allowance: 9 more boxes (180 masks) of the 190 left.
    await expect(orderFfp2(9)).resolves.toMatchObject({ replayed: false });
    expect(await ffp2(now)).toMatchObject({ allowedUnits: 390, usedUnits: 380 });
    expect(await db().auditLog.findFirst({ where: { action: "quotaParameters.update" } })).toMatchObject({
      entityId: FFP2,
      before: { fromWeek: nextWeekKey, perCapacityUnit: 1, perStaffMember: 0.5 },
      after: { fromWeek: nextWeekKey, perCapacityUnit: 0.5, perStaffMember: 0.25 },
    });
  });

  it("a change chosen for the week under way never lowers it below what was ordered", async () => {
    await orderFfp2(10);
    await updateQuotaParameters(admin, parameters("0,5", "0,25", thisWeek.key), now);
    // 195 by the new parameters, but 200 were already ordered: the week's allowance is 200, nothing more can be ordered.
    expect(await ffp2(now)).toMatchObject({ allowedUnits: 200, usedUnits: 200 });
    await expect(orderFfp2(1)).rejects.toMatchObject({ code: "ORDER_EXCEEDS_LIMITS" });
    // A raise for the week under way applies at once.
    await updateQuotaParameters(admin, parameters("2", "0,5", thisWeek.key), now);
    expect(await ffp2(now)).toMatchObject({ allowedUnits: 570, usedUnits: 200 });
  });

  it("refuses a week already over, and putting the values back cancels the planned change", async () => {
    await expect(updateQuotaParameters(admin, parameters("0,5", "0,25", shiftWeek(thisWeek.key, -1)), now)).rejects.toMatchObject({
      code: "PARAMETERS_WEEK_PAST",
    });
    expect(await db().quotaParameterChange.count()).toBe(0);

    expect(await updateQuotaParameters(admin, parameters("0,5", "0,25"), now)).toMatchObject({ changed: true, fromWeek: nextWeekKey });
    expect(await db().quotaParameterChange.findMany({ select: { categoryCode: true, fromWeek: true } })).toEqual([{ categoryCode: FFP2, fromWeek: nextWeekKey }]);
    expect(await updateQuotaParameters(admin, parameters("0,5", "0,25"), now)).toMatchObject({ changed: false });
    expect(await updateQuotaParameters(admin, parameters("1", "0,5"), now)).toMatchObject({ changed: true });
    expect(await db().quotaParameterChange.count()).toBe(0);
    expect(await ffp2(inNextWeek)).toMatchObject({ allowedUnits: 390 });
  });
});
