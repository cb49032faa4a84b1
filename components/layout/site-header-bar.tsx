import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import type { NavigationItem } from "@/lib/domain/navigation/site-map";
import { HeaderBrand } from "@/components/layout/site-brand";
import { SiteNavigation } from "./site-navigation";

const ID = "fr-header";
const MENU_ID = "header-menu-modal-fr-header";
const MENU_BUTTON_ID = `${ID}-menu-button`;

/** The header's quick-access items, once in the toolbar and once in the « Menu » dialog (ids differ). */
function QuickAccess({ userName, place }: { userName: string | null; place: "desktop" | "mobile" }) {
  const id = (i: number) => `${ID}-quick-access-item-${i}${place === "mobile" ? "-mobile" : ""}`;
  return (
    <ul className="fr-btns-group">
      <li>
        <Link id={id(0)} className="fr-btn fr-icon-question-line" href="/faq">
          FAQ
        </Link>
      </li>
      {userName ? (
        <>
          <li>
            <Link id={id(1)} className="fr-btn fr-icon-account-circle-line" href="/accueil">
              {userName}
            </Link>
          </li>
          <li>
            <SignOutButton id={id(2)} />
          </li>
        </>
      ) : (
        <li>
          <Link id={id(1)} className="fr-btn fr-icon-lock-line" href="/connexion">
            Connexion
          </Link>
        </li>
      )}
    </ul>
  );
}

/**
 * The DSFR header: République Française, the service, the quick-access items (FAQ, Connexion or the user's name and
 * « Se déconnecter ») and the main navigation. Below 992 px they move into the DSFR's « Menu » dialog, which the DSFR's
 * script opens. Plain DSFR markup rendered on the server: react-dsfr's Header, even rendered here, would send its
 * client parts (menus, search, display settings) with every page; only the navigation (current page) and the
 * sign-out button run in the browser.
 */
export function SiteHeaderBar({ userName, navigation }: { userName: string | null; navigation: NavigationItem[] }) {
  return (
    <header role="banner" id={ID} className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <HeaderBrand
              tagline="Commande d'équipements de protection individuelle"
              navbar={
                <div className="fr-header__navbar">
                  <button className="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls={MENU_ID} id={MENU_BUTTON_ID} title="Menu">
                    Menu
                  </button>
                </div>
              }
            />
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <QuickAccess userName={userName} place="desktop" />
              </div>
            </div>
          </div>
        </div>
      </div>
      <div className="fr-header__menu fr-modal" id={MENU_ID} aria-labelledby={MENU_BUTTON_ID}>
        <div className="fr-container">
          <button id={`${ID}-mobile-overlay-button-close`} className="fr-btn--close fr-btn" aria-controls={MENU_ID} title="Fermer">
            Fermer
          </button>
          <div className="fr-header__menu-links">
            <QuickAccess userName={userName} place="mobile" />
          </div>
          <SiteNavigation items={navigation} />
        </div>
      </div>
    </header>
  );
}
