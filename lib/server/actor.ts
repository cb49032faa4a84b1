import "server-only";
import type { AppRole } from "@/lib/domain/roles";
import { currentSession } from "./auth";
import { db } from "./db";

/** The signed-in user as authorization sees them: roles and scope come from the database, at every request. */
export interface Actor {
  id: string;
  email: string;
  roles: AppRole[];
  regionCode: string | null;
  boundFiness: string | null;
}

export async function currentActor(): Promise<Actor | null> {
  const session = await currentSession();
  if (!session?.user?.id) return null;
  return db().user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, roles: true, regionCode: true, boundFiness: true },
  });
}

export function hasAnyRole(actor: Actor, roles: readonly AppRole[]): boolean {
  return actor.roles.some((role) => roles.includes(role));
}
