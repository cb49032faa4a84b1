/**
 * Every page of the portal, once: who may open it (a capability of the permission table, any signed-in user, or
 * anyone) and where it sits. The header's main navigation, the admin navigation, the breadcrumb and the site map
 * page all read this list, so a page added here appears everywhere a visitor can reach it, and nowhere else.
 */
import { trailIn, type Trail, type TrailPage } from "./trail";
import { AUDIT_READING, can, CONTACT_ANSWERING, COVER_READING, DASHBOARD_READING, USER_READING, type AppRole, type CapabilityNeed } from "@/lib/domain/permissions/permissions";

/** Who may open a page: anyone, anyone signed in, or the holders of a capability (any of several). */
export type PageAccess = "public" | "signed-in" | { need: CapabilityNeed };

/** Where a page is listed: public pages, legal notices (footer), one menu of the main navigation. */
export type PageGroup = "public" | "legal" | "establishment" | "orders" | "state" | "admin";

export interface SitePage {
  href: string;
  label: string;
  access: PageAccess;
  group: PageGroup;
  /** Listed in the site map and breadcrumb, but not as an item of the main navigation (reached from its parent). */
  hiddenFromNavigation?: true;
}

export const SITE_PAGES: readonly SitePage[] = [
  { href: "/", label: "Accueil", access: "public", group: "public" },
  { href: "/faq", label: "Foire aux questions", access: "public", group: "public" },
  { href: "/aide", label: "Aide et assistance", access: "public", group: "public" },
  { href: "/contact", label: "Contactez-nous", access: "public", group: "public" },
  { href: "/connexion", label: "Connexion", access: "public", group: "public", hiddenFromNavigation: true },

  { href: "/accessibilite", label: "Accessibilité", access: "public", group: "legal" },
  { href: "/mentions-legales", label: "Mentions légales", access: "public", group: "legal" },
  { href: "/donnees-personnelles", label: "Données personnelles", access: "public", group: "legal" },
  { href: "/gestion-des-cookies", label: "Gestion des cookies", access: "public", group: "legal" },
  { href: "/plan-du-site", label: "Plan du site", access: "public", group: "legal" },

  { href: "/accueil", label: "Mon espace", access: "signed-in", group: "establishment" },
  { href: "/commandes/nouvelle", label: "Nouvelle commande", access: { need: "order.place" }, group: "orders" },
  { href: "/commandes", label: "Mes commandes", access: { need: "order.place" }, group: "orders" },
  { href: "/stock", label: "Mon stock", access: { need: "stock.declare" }, group: "establishment" },
  { href: "/entraide", label: "Entraide", access: { need: "exchange.request" }, group: "establishment" },
  { href: "/allocation", label: "Répartition équitable", access: { need: "allocation.request" }, group: "establishment" },
  { href: "/contingent", label: "Révision de contingent", access: { need: "quota-revision.request" }, group: "establishment" },
  { href: "/contact-livraison", label: "Contact de livraison", access: { need: "delivery-contact.edit" }, group: "establishment" },
  { href: "/ape", label: "Administrateur principal (APE)", access: { need: ["ape.request", "establishment.administer"] }, group: "establishment" },

  { href: "/tableau-de-bord", label: "Tableau de bord", access: { need: DASHBOARD_READING }, group: "state" },
  { href: "/couverture", label: "Couverture de stock", access: { need: COVER_READING }, group: "state" },
  { href: "/demandes-ape", label: "Demandes de rôle APE", access: { need: "ape.decide" }, group: "state" },
  { href: "/revisions-contingent", label: "Révisions de contingent", access: { need: "quota-revision.decide" }, group: "state" },
  // Local aid before the emergency top-up, as the circular orders recourse.
  { href: "/echanges", label: "Entraide", access: { need: "exchange.region.read" }, group: "state" },
  { href: "/depannages", label: "Dépannages urgents", access: { need: "emergency.file" }, group: "state" },
  { href: "/centre-de-crise", label: "Centre de crise", access: { need: "emergency.decide" }, group: "state" },
  { href: "/logistique", label: "Logistique", access: { need: "logistics.read" }, group: "state" },
  { href: "/admin/journal", label: "Journal des modifications", access: { need: AUDIT_READING }, group: "state" },
  { href: "/admin/messages", label: "Messages de contact", access: { need: CONTACT_ANSWERING }, group: "state" },
  { href: "/admin/utilisateurs", label: "Utilisateurs", access: { need: USER_READING }, group: "state" },
  { href: "/groupement", label: "Commandes du groupement", access: { need: "consortium.read" }, group: "state" },

  { href: "/admin/categories", label: "Catégories éligibles", access: { need: "categories.manage" }, group: "admin" },
  { href: "/admin/catalogue", label: "Catalogue", access: { need: "catalogue.manage" }, group: "admin" },
  { href: "/admin/tension", label: "Tension", access: { need: "tension.manage" }, group: "admin" },
  { href: "/admin/tension/simulateur", label: "Simulateur de tension", access: { need: "tension.simulate" }, group: "admin" },
  { href: "/admin/quotas", label: "Quotas", access: { need: "quotas.manage" }, group: "admin" },
  { href: "/admin/stock", label: "Stock national", access: { need: "national-stock.manage" }, group: "admin" },
  { href: "/admin/allocation", label: "Allocation", access: { need: "allocation.manage" }, group: "admin" },
  { href: "/admin/imports-finess", label: "Import FINESS", access: { need: "referential.import" }, group: "admin" },
  { href: "/admin/taches", label: "Tâches de fond", access: { need: "jobs.read" }, group: "admin" },
  { href: "/admin/courriels", label: "Courriels", access: { need: "mail.read" }, group: "admin" },
  { href: "/admin/boites-ars", label: "Adresses des ARS", access: { need: "ars-mailboxes.manage" }, group: "admin" },
];

/** The visitor as navigation sees them: anonymous (null) or signed in with their roles (none while refused). */
export type Visitor = { roles: readonly AppRole[] } | null;

export function mayOpen(visitor: Visitor, page: SitePage): boolean {
  if (page.access === "public") return true;
  if (!visitor) return false;
  return page.access === "signed-in" || can(visitor, page.access.need);
}

export interface NavigationLink {
  href: string;
  label: string;
}

/** One item of the main navigation: a link, or a menu of links. */
export type NavigationItem = NavigationLink | { label: string; links: NavigationLink[] };

const MENU_LABELS: Partial<Record<PageGroup, string>> = { orders: "Commandes", admin: "Administration" };

const link = ({ href, label }: SitePage): NavigationLink => ({ href, label });

/**
 * The main navigation of a visitor: public pages for the anonymous; for the signed-in, their space and every page
 * their roles open, the orders and the national administration each folded into one menu.
 */
export function mainNavigation(visitor: Visitor): NavigationItem[] {
  const listed = SITE_PAGES.filter((page) => !page.hiddenFromNavigation && page.group !== "legal" && mayOpen(visitor, page));
  if (!visitor) return listed.map(link);
  const items: NavigationItem[] = [];
  for (const page of listed.filter((p) => p.group !== "public")) {
    const menu = MENU_LABELS[page.group];
    if (!menu) {
      items.push(link(page));
      continue;
    }
    const existing = items.find((item): item is { label: string; links: NavigationLink[] } => "links" in item && item.label === menu);
    if (existing) existing.links.push(link(page));
    else items.push({ label: menu, links: [link(page)] });
  }
  return items;
}

/** The national administration's pages a visitor may open, plus the national dashboard they watch. */
export function adminNavigation(visitor: Visitor): NavigationLink[] {
  const pages = SITE_PAGES.filter((page) => page.group === "admin" && mayOpen(visitor, page));
  if (pages.length === 0) return [];
  const dashboard = SITE_PAGES.find((page) => page.href === "/tableau-de-bord")!;
  return [...pages, ...(mayOpen(visitor, dashboard) ? [dashboard] : [])].map(link);
}

/** The site map as the breadcrumb reads it (lib/domain/navigation/trail.ts). */
export const TRAIL_PAGES: readonly TrailPage[] = SITE_PAGES.map(({ href, label, access }) => ({ href, label, isPublic: access === "public" }));

/** The breadcrumb of a path (see trailIn). */
export function trailOf(pathname: string): Trail | null {
  return trailIn(TRAIL_PAGES, pathname);
}

/** The site map of a visitor: every page they may open, by group, in the table's order. */
export function siteMapOf(visitor: Visitor): Array<{ title: string; pages: NavigationLink[] }> {
  const titles: Record<PageGroup, string> = {
    public: "Informations",
    legal: "Informations légales",
    establishment: "Mon espace",
    orders: "Commandes",
    state: "Suivi et décisions de l'État",
    admin: "Administration nationale",
  };
  return (Object.keys(titles) as PageGroup[])
    .map((group) => ({ title: titles[group], pages: SITE_PAGES.filter((p) => p.group === group && mayOpen(visitor, p)).map(link) }))
    .filter((section) => section.pages.length > 0);
}
