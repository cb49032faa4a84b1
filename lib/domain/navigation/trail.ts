/**
 * The breadcrumb's reading of the site map, apart from it: the browser computes a trail at each client-side
 * navigation, and the site map's access rules (the permission table) need not ship there.
 */

/** A page of the site map as the breadcrumb sees it. */
export interface TrailPage {
  href: string;
  label: string;
  /** Open to anyone: outside the signed-in space. */
  isPublic: boolean;
}

export interface Trail {
  segments: Array<{ href: string; label: string }>;
  current: string;
}

const SPACE_HREF = "/accueil";

const link = ({ href, label }: TrailPage) => ({ href, label });

/** Pages whose address a given path starts with, most specific last: the path's place in the site. */
function ancestors(pages: readonly TrailPage[], pathname: string): TrailPage[] {
  return pages
    .filter((page) => page.href !== "/" && pathname !== page.href && pathname.startsWith(`${page.href}/`))
    .sort((a, b) => a.href.length - b.href.length);
}

/**
 * The breadcrumb of a path among `pages`: home first (implicit), « Mon espace » before any page of a signed-in space,
 * the parent pages, then the page itself. A page missing from the site map (an order's detail) is named by its parent's
 * `child` label and its last segment. Null on the home page, which needs none, and on addresses the portal does not have.
 */
export function trailIn(pages: readonly TrailPage[], pathname: string): Trail | null {
  if (pathname === "/") return null;
  const page = pages.find((p) => p.href === pathname);
  const parents = ancestors(pages, pathname);
  const anchor = page ?? parents[0];
  if (!anchor) return null;
  const space = pages.find((p) => p.href === SPACE_HREF);
  const inSpace = !anchor.isPublic && anchor !== space;
  const segments = [...(inSpace && space ? [space] : []), ...parents].map(link);
  if (page) return { segments, current: page.label };
  const last = decodeURIComponent(pathname.split("/").filter(Boolean).at(-1) ?? "");
  const parent = parents.at(-1);
  return { segments, current: parent?.href === "/commandes" ? `Commande ${last}` : last };
}
