import type { ReactNode, Ref } from "react";

/**
 * The DSFR modal's markup (medium width, closed by its « Fermer » button, the backdrop or Escape), which the DSFR's
 * script opens and closes (`dsfrModal`): react-dsfr's Modal would bring its library (~17 kB gzipped) to the page.
 * `buttons` are the footer's list items, the main action first.
 */
export function DsfrDialog({ id, title, buttons, children, ref }: { id: string; title: ReactNode; buttons: ReactNode; children: ReactNode; ref?: Ref<HTMLDialogElement> }) {
  const titleId = `${id}-title`;
  return (
    <dialog ref={ref} id={id} aria-labelledby={titleId} className="fr-modal" data-fr-concealing-backdrop="true">
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <div className="fr-modal__body">
              <div className="fr-modal__header">
                <button type="button" className="fr-btn--close fr-btn" title="Fermer" aria-controls={id}>
                  Fermer
                </button>
              </div>
              <div className="fr-modal__content">
                <h2 id={titleId} className="fr-modal__title">
                  {title}
                </h2>
                {children}
              </div>
              <div className="fr-modal__footer">
                <ul className="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg fr-btns-group--icon-left">{buttons}</ul>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
