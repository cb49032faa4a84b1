"use client";

import { createModal } from "@codegouvfr/react-dsfr/Modal";
import { useIsModalOpen } from "@codegouvfr/react-dsfr/Modal/useIsModalOpen";
import Link from "next/link";
import { useEffect } from "react";
import { openWhenReady } from "@/components/modal/open-when-ready";
import { CONTINGENT_NOTICE_KEY } from "./contingent-notice-storage";

const modal = createModal({ id: "contingent-notice", isOpenedByDefault: false });


/** The guide's notification of contingented products, shown once after each sign-in (whichever page it lands on). */
export function ContingentNoticeDialog({ signIn, products }: { signIn: string; products: string[] }) {
  useIsModalOpen(modal, { onConceal: () => localStorage.setItem(CONTINGENT_NOTICE_KEY, signIn) });
  useEffect(() => {
    if (localStorage.getItem(CONTINGENT_NOTICE_KEY) === signIn) return;
    return openWhenReady(modal);
  }, [signIn]);
  return (
    <modal.Component title="Produits contingentés cette semaine" titleAs="h2" buttons={[{ children: "J'ai compris", doClosesModal: true }]}>
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
    </modal.Component>
  );
}
