"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { openWhenReady } from "@/components/modal/open-when-ready";

/** Remembers, in this browser, the sign-in whose notice was shown: one notice per sign-in, not per page. */
const CONTINGENT_NOTICE_KEY = "distrilog:contingent-notice";
const ID = "contingent-notice";
const TITLE_ID = `${ID}-title`;

/** The DSFR's modal API on an element it has taken charge of. */
const dsfrModal = (element: HTMLElement) => (window as unknown as { dsfr(element: HTMLElement): { modal: { disclose(): void } } }).dsfr(element).modal;

/**
 * The guide's notification of contingented products, shown once after each sign-in (whichever page it lands on): the
 * DSFR modal's markup, opened and closed by the DSFR's script (react-dsfr's modal would bring its library along).
 */
export function ContingentNoticeDialog({ signIn, products }: { signIn: string; products: string[] }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const remember = () => localStorage.setItem(CONTINGENT_NOTICE_KEY, signIn);
    element.addEventListener("dsfr.conceal", remember);
    const stopOpening = localStorage.getItem(CONTINGENT_NOTICE_KEY) === signIn ? undefined : openWhenReady({ id: ID, open: () => dsfrModal(element).disclose() });
    return () => {
      element.removeEventListener("dsfr.conceal", remember);
      stopOpening?.();
    };
  }, [signIn]);
  return (
    <dialog ref={dialog} id={ID} aria-labelledby={TITLE_ID} className="fr-modal" data-fr-concealing-backdrop="true">
      <div className="fr-container fr-container--fluid fr-container-md">
        <div className="fr-grid-row fr-grid-row--center">
          <div className="fr-col-12 fr-col-md-8 fr-col-lg-6">
            <div className="fr-modal__body">
              <div className="fr-modal__header">
                <button type="button" className="fr-btn--close fr-btn" title="Fermer" aria-controls={ID}>
                  Fermer
                </button>
              </div>
              <div className="fr-modal__content">
                <h2 id={TITLE_ID} className="fr-modal__title">
                  Produits contingentés cette semaine
                </h2>
                <p>
                  Ces EPI sont fournis par le stock de l&apos;État, dans la limite du contingent hebdomadaire de votre
                  établissement :
                </p>
                <ul data-testid="contingent-notice-products">
                  {products.map((name) => (
                    <li key={name}>{name}</li>
                  ))}
                </ul>
                <p>
                  Les autres se commandent auprès du groupement RESAH – UniHA. <Link href="/faq#contingent">Comment est calculé le contingent ?</Link>
                </p>
              </div>
              <div className="fr-modal__footer">
                <ul className="fr-btns-group fr-btns-group--right fr-btns-group--inline-reverse fr-btns-group--inline-lg fr-btns-group--icon-left">
                  <li>
                    <button type="button" className="fr-btn" aria-controls={ID}>
                      J&apos;ai compris
                    </button>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>
    </dialog>
  );
}
