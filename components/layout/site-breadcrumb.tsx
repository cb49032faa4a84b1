import { TRAIL_PAGES } from "@/lib/domain/navigation/site-map";
import { BreadcrumbTrail } from "./breadcrumb-trail";

/** « Vous êtes ici » on every page but the home page, from the site map. */
export function SiteBreadcrumb() {
  return <BreadcrumbTrail pages={TRAIL_PAGES} />;
}
