"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavigationLink } from "@/lib/domain/navigation/site-map";

/**
 * The national admin's pages (site map), the current one marked for assistive technologies as well as visually: the
 * DSFR buttons group's own markup (react-dsfr's ButtonsGroup would bring its library, ~14 kB gzipped, to every page).
 */
export function AdminNav({ links }: { links: [NavigationLink, ...NavigationLink[]] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Administration nationale" className="fr-mb-4w">
      <ul className="fr-btns-group fr-btns-group--sm fr-btns-group--inline-md fr-btns-group--left fr-btns-group--icon-left">
        {links.map(({ href, label }) => {
          const current = href === pathname;
          return (
            <li key={href}>
              <Link className={current ? "fr-btn" : "fr-btn fr-btn--tertiary"} href={href} aria-current={current ? "page" : undefined}>
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
