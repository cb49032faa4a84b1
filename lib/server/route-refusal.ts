import "server-only";
import { accessRefusals } from "@/lib/domain/access/refusals";
import type { Refusal } from "@/lib/domain/errors";
import { can, type CapabilityNeed } from "@/lib/domain/permissions/permissions";
import { refusalFor } from "./action";
import { currentActor, type Actor } from "./actor";

/**
 * A route handler's refusal: the French message as plain text (a browser shows it when a download is refused), the
 * code in a header for whatever reads it as data.
 */
export function refusalResponse(status: number, refusal: Refusal, headers: Record<string, string> = {}): Response {
  return new Response(refusal.message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Refusal-Code": refusal.code, ...headers },
  });
}

/**
 * A route handler is outside the action wrapper: it asks here for the actor holding `need` — or gets the response to
 * send (401 without a session, 403 with the reason).
 */
export async function routeActor(need: CapabilityNeed): Promise<Actor | Response> {
  const actor = await currentActor();
  if (!actor) return refusalResponse(401, accessRefusals.refusal("NOT_SIGNED_IN"));
  if (!can(actor, need)) return refusalResponse(403, await refusalFor(actor, need));
  return actor;
}
