import type { Metadata } from "next";
import Link from "next/link";
import { siteMapOf } from "@/lib/domain/navigation/site-map";
import { currentActor } from "@/lib/server/actor";
import { currentSession } from "@/lib/server/auth";

export const metadata: Metadata = { title: "Plan du site" };

/** Every page the visitor may open, from the site map (the same list the navigation reads). */
export default async function SiteMapPage() {
  const session = await currentSession();
  const actor = session ? await currentActor() : null;
  const sections = siteMapOf(session ? { roles: actor?.roles ?? [] } : null);
  return (
    <>
      <h1>Plan du site</h1>
      {!session && (
        <p>
          Les pages des établissements, des ARS et de l&apos;administration nationale apparaissent ici après la{" "}
          <Link href="/connexion">connexion</Link>, selon vos droits.
        </p>
      )}
      {sections.map((section, index) => (
        <section key={section.title} aria-labelledby={`plan-${index}`}>
          <h2 id={`plan-${index}`}>{section.title}</h2>
          <ul>
            {section.pages.map((page) => (
              <li key={page.href}>
                <Link href={page.href}>{page.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
