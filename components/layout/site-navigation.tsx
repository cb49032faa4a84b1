"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavigationItem } from "@/lib/domain/navigation/site-map";

const ID = "fr-header-main-navigation";

const isCurrent = (pathname: string, href: string) => pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));

/** The link the current page belongs to: the longest address the path starts with. */
function currentHref(navigation: NavigationItem[], pathname: string): string | undefined {
  return navigation
    .flatMap((item) => ("links" in item ? item.links : [item]))
    .filter((link) => isCurrent(pathname, link.href))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/**
 * The DSFR main navigation as plain markup (the DSFR's script opens its menus), the current page (or its section)
 * marked for assistive technologies. A client component because the layout it sits in is not rendered again on a
 * client-side navigation; react-dsfr's own MainNavigation would ship its library with every page.
 */
export function SiteNavigation({ items }: { items: NavigationItem[] }) {
  const current = currentHref(items, usePathname());
  return (
    <nav id={ID} className="fr-nav" role="navigation" aria-label="Menu principal">
      <ul className="fr-nav__list">
        {items.map((item, i) => (
          <li key={item.label} className="fr-nav__item">
            {"links" in item ? (
              <>
                <button
                  type="button"
                  id={`${ID}-button-${i}`}
                  className="fr-nav__btn"
                  aria-expanded="false"
                  aria-controls={`${ID}-menu-${i}`}
                  aria-current={item.links.some((link) => link.href === current) || undefined}
                >
                  {item.label}
                </button>
                <div className="fr-collapse fr-menu" id={`${ID}-menu-${i}`}>
                  <ul className="fr-menu__list">
                    {item.links.map((link) => (
                      <li key={link.href}>
                        <Link className="fr-nav__link" href={link.href} aria-current={link.href === current ? "page" : undefined}>
                          {link.label}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </div>
              </>
            ) : (
              <Link id={`${ID}-link-${i}`} className="fr-nav__link" href={item.href} aria-current={item.href === current ? "page" : undefined}>
                {item.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
