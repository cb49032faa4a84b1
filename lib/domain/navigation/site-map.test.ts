import { describe, expect, it } from "vitest";
import { APP_ROLES, can, type AppRole } from "@/lib/domain/permissions/permissions";
import { adminNavigation, mainNavigation, SITE_PAGES, siteMapOf, trailOf, type NavigationItem } from "./site-map";

const as = (...roles: AppRole[]) => ({ roles });
const hrefs = (items: NavigationItem[]) => items.flatMap((item) => ("links" in item ? item.links.map((l) => l.href) : [item.href]));

describe("main navigation", () => {
  it("offers the anonymous visitor the public pages only", () => {
    expect(hrefs(mainNavigation(null))).toEqual(["/", "/faq", "/aide", "/contact"]);
  });

  it("gives an operator their space, orders in one menu, stock, mutual aid, allocation, revision, delivery contact and APE, nothing of the state", () => {
    const items = mainNavigation(as("OPERATOR"));
    expect(items).toContainEqual({ label: "Commandes", links: [{ href: "/commandes/nouvelle", label: "Nouvelle commande" }, { href: "/commandes", label: "Mes commandes" }] });
    expect(hrefs(items)).toEqual(["/accueil", "/commandes/nouvelle", "/commandes", "/stock", "/entraide", "/allocation", "/contingent", "/contact-livraison", "/ape"]);
  });

  it("gives an ARS its regional pages, mutual aid before the emergency top-up, its region's journal, messages and users, and no administration", () => {
    expect(hrefs(mainNavigation(as("ARS")))).toEqual(["/accueil", "/tableau-de-bord", "/couverture", "/demandes-ape", "/revisions-contingent", "/echanges", "/depannages", "/admin/journal", "/admin/messages", "/admin/utilisateurs"]);
  });

  it("folds the national administration into one menu that includes allocation and e-mails", () => {
    const admin = mainNavigation(as("NATIONAL_ADMIN")).find((item) => "links" in item && item.label === "Administration");
    expect(admin && "links" in admin ? admin.links.map((l) => l.href) : []).toEqual([
      "/admin/categories", "/admin/catalogue", "/admin/tension", "/admin/tension/simulateur", "/admin/quotas", "/admin/stock", "/admin/allocation", "/admin/imports-finess", "/admin/taches", "/admin/courriels", "/admin/boites-ars",
    ]);
  });

  it("shows a refused user (no role) only their space", () => {
    expect(hrefs(mainNavigation(as()))).toEqual(["/accueil"]);
  });

  it("lists exactly the pages each role may open", () => {
    for (const role of APP_ROLES) {
      const listed = new Set(hrefs(mainNavigation(as(role))));
      const forbidden = SITE_PAGES.filter((p) => listed.has(p.href) && typeof p.access === "object" && !can(as(role), p.access.need));
      expect(forbidden).toEqual([]);
      const reachable = SITE_PAGES.filter((p) => typeof p.access === "object" && can(as(role), p.access.need) && !listed.has(p.href));
      expect(reachable).toEqual([]);
    }
  });
});

describe("admin navigation", () => {
  it("lists every admin page with the national dashboard, for the national admin only", () => {
    expect(adminNavigation(as("NATIONAL_ADMIN")).map((l) => l.label)).toEqual([
      "Catégories éligibles", "Catalogue", "Tension", "Simulateur de tension", "Quotas", "Stock national", "Allocation", "Import FINESS", "Tâches de fond", "Courriels", "Adresses des ARS", "Tableau de bord",
    ]);
    expect(adminNavigation(as("ARS"))).toEqual([]);
    expect(adminNavigation(null)).toEqual([]);
  });
});

describe("breadcrumb", () => {
  it("puts the signed-in space and the parent before a nested page", () => {
    expect(trailOf("/commandes/nouvelle")).toEqual({
      segments: [{ href: "/accueil", label: "Mon espace" }, { href: "/commandes", label: "Mes commandes" }],
      current: "Nouvelle commande",
    });
  });

  it("names an order's page by its number", () => {
    expect(trailOf("/commandes/2026-000042")?.current).toBe("Commande 2026-000042");
  });

  it("gives public pages no space segment, the home page and unknown addresses no trail", () => {
    expect(trailOf("/faq")).toEqual({ segments: [], current: "Foire aux questions" });
    expect(trailOf("/accueil")).toEqual({ segments: [], current: "Mon espace" });
    expect(trailOf("/")).toBeNull();
    expect(trailOf("/page-inconnue")).toBeNull();
  });
});

describe("site map", () => {
  it("lists public and legal pages to everyone, and a role's pages to its holders only", () => {
    const anonymous = siteMapOf(null).flatMap((s) => s.pages.map((p) => p.href));
    expect(anonymous).toContain("/accessibilite");
    expect(anonymous).toContain("/plan-du-site");
    expect(anonymous).not.toContain("/accueil");
    const ars = siteMapOf(as("ARS")).flatMap((s) => s.pages.map((p) => p.href));
    expect(ars).toContain("/couverture");
    expect(ars).not.toContain("/admin/categories");
  });

  it("lists mutual aid to establishments (their loans) and to the ARS (its region's exchanges), each their own page", () => {
    const pagesOf = (...roles: AppRole[]) => siteMapOf(as(...roles)).flatMap((s) => s.pages.map((p) => p.href));
    expect(pagesOf("INVENTORY_OPERATOR")).toContain("/entraide");
    expect(pagesOf("OPERATOR")).not.toContain("/echanges");
    expect(pagesOf("ARS")).toContain("/echanges");
    expect(pagesOf("ARS")).not.toContain("/entraide");
    expect(pagesOf("CRISIS_CENTER", "LOGISTICS", "NATIONAL_ADMIN", "APE")).not.toContain("/entraide");
    expect(trailOf("/echanges")).toEqual({ segments: [{ href: "/accueil", label: "Mon espace" }], current: "Entraide" });
  });
});
