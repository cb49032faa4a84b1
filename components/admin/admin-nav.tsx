"use client";

import "@/components/layout/dsfr-link";
import { ButtonsGroup } from "@codegouvfr/react-dsfr/ButtonsGroup";
import { usePathname } from "next/navigation";
import type { NavigationLink } from "@/lib/domain/navigation/site-map";

/** The national admin's pages (site map), the current one marked for assistive technologies as well as visually. */
export function AdminNav({ links }: { links: [NavigationLink, ...NavigationLink[]] }) {
  const pathname = usePathname();
  const [first, ...others] = links.map(({ href, label }) => {
    const current = href === pathname;
    return { children: label, priority: current ? ("primary" as const) : ("tertiary" as const), linkProps: { href, "aria-current": current ? ("page" as const) : undefined } };
  });
  return (
    <nav aria-label="Administration nationale" className="fr-mb-4w">
      <ButtonsGroup buttons={[first, ...others]} buttonsSize="small" inlineLayoutWhen="md and up" />
    </nav>
  );
}
