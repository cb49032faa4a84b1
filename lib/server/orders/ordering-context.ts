import "server-only";
import { redirect } from "next/navigation";
import { can } from "@/lib/domain/permissions/permissions";
import { currentActor } from "../actor";
import { requireActiveUser } from "../guards";

/** For ordering pages: an active establishment user with the operator role, and the account they order for. */
export async function requireOrderingAccount() {
  const access = await requireActiveUser();
  const actor = await currentActor();
  if (!actor?.establishmentFiness) redirect("/accueil");
  return { access, actor, accountFiness: actor.establishmentFiness, canOrder: can(actor, "order.place") };
}
