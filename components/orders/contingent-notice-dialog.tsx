"use client";

import Link from "next/link";
import { useEffect, useRef } from "react";
import { DsfrDialog } from "@/components/modal/dsfr-dialog";
import { dsfrModal, openWhenReady } from "@/components/modal/open-when-ready";

/** Remembers, in this browser, the sign-in whose notice was shown: one notice per sign-in, not per page. */
const CONTINGENT_NOTICE_KEY = "distrilog:contingent-notice";
const ID = "contingent-notice";

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
    <DsfrDialog
      ref={dialog}
      id={ID}
      title="Produits contingentés cette semaine"
      buttons={
        <li>
          <button type="button" className="fr-btn" aria-controls={ID}>
            J&apos;ai compris
          </button>
        </li>
      }
    >
      <p>
        Ces EPI sont fournis par le stock de l&apos;État, dans la limite du contingent hebdomadaire de votre établissement :
      </p>
      <ul data-testid="contingent-notice-products">
        {products.map((name) => (
          <li key={name}>{name}</li>
        ))}
      </ul>
      <p>
        Les autres se commandent auprès du groupement RESAH – UniHA. <Link href="/faq#contingent">Comment est calculé le contingent ?</Link>
      </p>
    </DsfrDialog>
  );
}
