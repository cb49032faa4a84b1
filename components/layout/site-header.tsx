import { mainNavigation } from "@/lib/domain/navigation/site-map";
import { currentActor } from "@/lib/server/actor";
import { currentSession } from "@/lib/server/auth";
import { SiteHeaderBar } from "./site-header-bar";

/** The header of every page: who is signed in, and the main navigation their roles open (permission table). */
export async function SiteHeader() {
  const session = await currentSession();
  const actor = session ? await currentActor() : null;
  const visitor = session ? { roles: actor?.roles ?? [] } : null;
  return <SiteHeaderBar userName={session ? (session.user.name ?? "Mon espace") : null} navigation={mainNavigation(visitor)} />;
}
