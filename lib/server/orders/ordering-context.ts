import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { can } from "@/lib/domain/permissions/permissions";
import { currentActor } from "../actor";
import { requireActiveUser } from "../guards";
import { referenceData, type ReferenceData } from "../reference-data";
import { quotaOverview } from "./quota-overview";

/** For ordering pages: an active establishment user with the operator role, and the account they order for. */
export async function requireOrderingAccount() {
  const access = await requireActiveUser();
  const actor = await currentActor();
  if (!actor?.establishmentFiness) redirect("/accueil");
  return { access, actor, accountFiness: actor.establishmentFiness, canOrder: can(actor, "order.place") };
}

/**
 * What an account can order at `now`: the week, its allowance per category, its sites, and each active product with
 * its channel (state stock when its category is in tension, the consortium otherwise) and what is left of its
 * category's allowance. The order page and the order action both read it from here: the page shows what the action
 * will check. The products come from the reference data (`reference`, when the caller reads it too).
 */
export async function loadOrderingContext(accountFiness: string, now: Date, reference: Promise<ReferenceData> = referenceData()) {
  const [{ week, quotas, establishments }, { products }] = await Promise.all([quotaOverview(accountFiness, now, reference), reference]);
  return {
    week,
    quotas,
    establishments,
    products: products.map((p) => {
      const quota = quotas.find((q) => q.code === p.categoryCode);
      const inTension = quota?.inTension ?? false;
      return {
        id: p.id,
        name: p.name,
        categoryCode: p.categoryCode,
        packSize: p.packSize,
        packaging: p.packaging,
        unitLabel: p.category.unitLabel,
        unitPriceCents: p.unitPriceCents,
        inTension,
        remainingUnits: quota && inTension ? Math.max(0, quota.allowedUnits - quota.usedUnits) : 0,
      };
    }),
  };
}

export type OrderingContext = Awaited<ReturnType<typeof loadOrderingContext>>;

/** The ordering context of an account now, computed once per request whoever asks (layout notice, page, table). */
export const orderingContext = cache((accountFiness: string) => loadOrderingContext(accountFiness, new Date()));
