import { mainNavigation } from "@/lib/domain/navigation/site-map";
import { currentActor } from "@/lib/server/actor";
import { currentSession } from "@/lib/server/auth";
import { SiteHeaderBar } from "./site-header-bar";

/** The header of every page: who is signed in, and the main navigation their roles open (permission table). */
export async function SiteHeader() {
  const session = await currentSession();
  const open = session.status === "open" ? session : null;
  const actor = open ? await currentActor() : null;
  const visitor = open ? { roles: actor?.roles ?? [] } : null;
  const userName = open ? [open.user.givenName, open.user.familyName].filter(Boolean).join(" ") || "Mon espace" : null;
  return <SiteHeaderBar userName={userName} navigation={mainNavigation(visitor)} />;
}
