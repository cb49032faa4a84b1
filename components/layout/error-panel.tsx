import Link from "next/link";

/**
 * The DSFR error page (title, error code, what happened, ways out), for the 404, the unexpected error and the error
 * of the layout itself: whatever fails, the user reads French and finds a way back.
 */
export function ErrorPanel({ title, code, lead, detail, children }: {
  title: string;
  code: string;
  lead: string;
  detail: React.ReactNode;
  /** Extra buttons, before the way home. */
  children?: React.ReactNode;
}) {
  return (
    <div className="fr-grid-row fr-grid-row--center fr-my-4w">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>{title}</h1>
        <p className="fr-text--sm fr-mb-3w">{code}</p>
        <p className="fr-text--lead fr-mb-3w">{lead}</p>
        <div className="fr-text--sm fr-mb-5w">{detail}</div>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          {children}
          <li>
            <Link className="fr-btn fr-btn--secondary" href="/">
              Page d&apos;accueil
            </Link>
          </li>
          <li>
            <Link className="fr-btn fr-btn--tertiary" href="/contact">
              Contactez-nous
            </Link>
          </li>
        </ul>
      </div>
    </div>
  );
}
