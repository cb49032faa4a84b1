"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { trailIn, type TrailPage } from "@/lib/domain/navigation/trail";

const LIST_ID = "fil-d-ariane";

/**
 * The breadcrumb of the current path, again at each client-side navigation (the layout it sits in is not rendered
 * again): the DSFR breadcrumb's markup, which the DSFR's script folds behind « Voir le fil d'Ariane » on small screens.
 */
export function BreadcrumbTrail({ pages }: { pages: readonly TrailPage[] }) {
  const trail = trailIn(pages, usePathname());
  if (!trail) return null;
  const links = [{ href: "/", label: "Accueil" }, ...trail.segments];
  return (
    <nav role="navigation" className="fr-breadcrumb fr-mt-0 fr-mb-4w" aria-label="vous êtes ici :">
      <button type="button" className="fr-breadcrumb__button" aria-expanded="false" aria-controls={LIST_ID}>
        Voir le fil d’Ariane
      </button>
      <div className="fr-collapse" id={LIST_ID}>
        <ol className="fr-breadcrumb__list">
          {links.map((link) => (
            <li key={link.href}>
              <Link className="fr-breadcrumb__link" href={link.href}>
                {link.label}
              </Link>
            </li>
          ))}
          <li>
            <a className="fr-breadcrumb__link" aria-current="page">
              {trail.current}
            </a>
          </li>
        </ol>
      </div>
    </nav>
  );
}
