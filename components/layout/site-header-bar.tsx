"use client";

import { Header } from "@codegouvfr/react-dsfr/Header";
import type { MainNavigationProps } from "@codegouvfr/react-dsfr/MainNavigation";
import { usePathname } from "next/navigation";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { NavigationItem } from "@/lib/domain/navigation/site-map";
import { BRAND_TOP, HOME_LINK } from "@/components/layout/site-brand";

const isCurrent = (pathname: string, href: string) => pathname === href || (href !== "/" && pathname.startsWith(`${href}/`));

/** The navigation items as the DSFR draws them, the current page (or its section) marked for assistive technologies. */
function dsfrItems(navigation: NavigationItem[], pathname: string): MainNavigationProps.Item[] {
  const current = [...navigation.flatMap((item) => ("links" in item ? item.links : [item]))]
    .filter((link) => isCurrent(pathname, link.href))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return navigation.map((item) =>
    "links" in item
      ? {
          text: item.label,
          isActive: item.links.some((link) => link.href === current),
          menuLinks: item.links.map((link) => ({ text: link.label, linkProps: { href: link.href }, isActive: link.href === current })),
        }
      : { text: item.label, linkProps: { href: item.href }, isActive: item.href === current },
  );
}

/**
 * The DSFR header: République Française, the service, the quick-access items (FAQ, Connexion or the user's name and
 * « Se déconnecter ») and the main navigation. Below 992 px they move into the DSFR's « Menu » dialog.
 */
export function SiteHeaderBar({ userName, navigation }: { userName: string | null; navigation: NavigationItem[] }) {
  const pathname = usePathname();
  return (
    <Header
      brandTop={BRAND_TOP}
      homeLinkProps={HOME_LINK}
      serviceTitle="Distrilog-santé"
      serviceTagline="Commande d'équipements de protection individuelle"
      quickAccessItems={[
        { iconId: "fr-icon-question-line", text: "FAQ", linkProps: { href: "/faq" } },
        ...(userName
          ? [{ iconId: "fr-icon-account-circle-line" as const, text: userName, linkProps: { href: "/accueil" } }, <SignOutButton key="sign-out" />]
          : [{ iconId: "fr-icon-lock-line" as const, text: "Connexion", linkProps: { href: "/connexion" } }]),
      ]}
      navigation={dsfrItems(navigation, pathname)}
    />
  );
}
