import { can } from "@/lib/domain/permissions/permissions";
import { currentAccess, currentActor } from "@/lib/server/actor";
import { contingentedProductNames } from "@/lib/server/orders/contingented-products";
import { ContingentNoticeDialog } from "./contingent-notice-dialog";

/** For those who order: the products on the state stock this week, offered once after each sign-in. */
export async function ContingentNotice() {
  const actor = await currentActor();
  if (!actor || !can(actor, "order.place") || !actor.establishmentFiness) return null;
  // The user came with the session: no query of its own.
  const signedInAt = (await currentAccess())?.user.lastLoginAt;
  const products = await contingentedProductNames(new Date());
  if (!signedInAt || products.length === 0) return null;
  return <ContingentNoticeDialog signIn={`${actor.id}:${signedInAt.toISOString()}`} products={products} />;
}
