import "server-only";
import { redirect } from "next/navigation";
import { can, type CapabilityNeed } from "@/lib/domain/permissions/permissions";
import { evaluateAccess, type AccessContext } from "./access";
import { currentActor, type Actor } from "./actor";
import { currentSession } from "./auth";
import { redirectToSignIn } from "./sign-in-redirect";

/** For pages of signed-in users: sends the refused to the refusal page and the unregistered to registration. */
export async function requireActiveUser(): Promise<AccessContext> {
  const session = await currentSession();
  if (!session?.user?.id) return redirectToSignIn();
  const access = await evaluateAccess(session.user.id);
  if (!access) return redirectToSignIn();
  if (!access.decision.allowed) redirect("/acces-refuse");
  if (!access.active) redirect("/inscription");
  return access;
}

/** For pages reserved to a capability (or any of several): the actor, or null when the page must show a refusal. */
export async function actorWith(need: CapabilityNeed): Promise<Actor | null> {
  await requireActiveUser();
  const actor = await currentActor();
  return actor && can(actor, need) ? actor : null;
}
