import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { currentSession } from "@/lib/server/auth";
import { SiteBrand } from "./site-brand";

/** DSFR header: République Française bloc-marque, service name, and the FAQ / Connexion tools. */
export async function SiteHeader() {
  const session = await currentSession();
  return (
    <header role="banner" className="fr-header">
      <div className="fr-header__body">
        <div className="fr-container">
          <div className="fr-header__body-row">
            <SiteBrand />
            <div className="fr-header__tools">
              <div className="fr-header__tools-links">
                <ul className="fr-btns-group">
                  <li>
                    <Link className="fr-btn" href="/faq">
                      FAQ
                    </Link>
                  </li>
                  {session ? (
                    <>
                      <li>
                        <Link className="fr-btn" href="/accueil">
                          {session.user.name ?? "Mon espace"}
                        </Link>
                      </li>
                      <li>
                        <SignOutButton />
                      </li>
                    </>
                  ) : (
                    <li>
                      <Link className="fr-btn" href="/connexion">
                        Connexion
                      </Link>
                    </li>
                  )}
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
