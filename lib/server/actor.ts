import "server-only";
import { cache } from "react";
import type { AppRole } from "@/lib/domain/permissions/permissions";
import { accessOf, type AccessContext } from "./access";
import { currentSession } from "./auth";

/**
 * The signed-in user as authorization sees them. Roles come from the database and count only while the access
 * decision allows the user (and, for an establishment, once registered): a refused user holds no role.
 */
export interface Actor {
  id: string;
  email: string;
  roles: AppRole[];
  regionCode: string | null;
  /** The FINESS (ET, or EJ of a public multi-site entity) an establishment user acts for. */
  establishmentFiness: string | null;
}

/**
 * The signed-in user's access decision, once per request, from what the session's one query brought (user, FINESS
 * records); null without an open session.
 */
export const currentAccess = cache(async (): Promise<AccessContext | null> => {
  const session = await currentSession();
  return session.status === "open" ? accessOf(session.user, session.finessRecords) : null;
});

export async function currentActor(): Promise<Actor | null> {
  const access = await currentAccess();
  if (!access) return null;
  const { user, active, decision, profile } = access;
  return {
    id: user.id,
    email: user.email,
    roles: active ? user.roles : [],
    regionCode: active ? user.regionCode : null,
    establishmentFiness: active && decision.audience === "establishment" ? (profile?.finess ?? null) : null,
  };
}
