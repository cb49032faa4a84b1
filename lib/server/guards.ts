import "server-only";
import { redirect } from "next/navigation";
import { can, type CapabilityNeed } from "@/lib/domain/permissions/permissions";
import type { AccessContext } from "./access";
import { currentAccess, currentActor, type Actor } from "./actor";
import { redirectToSignIn } from "./sign-in-redirect";

/** For pages of signed-in users: without an open session, to the sign-in page (which says why a session ended). */
export async function requireSignedIn(): Promise<AccessContext> {
  const access = await currentAccess();
  if (!access) return redirectToSignIn();
  return access;
}

/** For pages of signed-in users: sends the refused to the refusal page and the unregistered to registration. */
export async function requireActiveUser(): Promise<AccessContext> {
  const access = await requireSignedIn();
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
