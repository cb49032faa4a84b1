"use client";

import { Breadcrumb } from "@codegouvfr/react-dsfr/Breadcrumb";
import { usePathname } from "next/navigation";
import { trailOf } from "@/lib/domain/navigation/site-map";

/** « Vous êtes ici » on every page but the home page, from the site map. */
export function SiteBreadcrumb() {
  const trail = trailOf(usePathname());
  if (!trail) return null;
  return (
    <Breadcrumb
      className="fr-mt-0 fr-mb-4w"
      homeLinkProps={{ href: "/" }}
      segments={trail.segments.map((segment) => ({ label: segment.label, linkProps: { href: segment.href } }))}
      currentPageLabel={trail.current}
    />
  );
}
