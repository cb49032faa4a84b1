"use client";

import { lazy, Suspense } from "react";

const Dialog = lazy(() => import("./contingent-notice-dialog").then((module) => ({ default: module.ContingentNoticeDialog })));

/**
 * The notice's dialog (react-dsfr's modal) loads only where it is shown, once after an orderer's sign-in: every other
 * page of the layout leaves its JavaScript out.
 */
export function ContingentNoticeDialog(props: { signIn: string; products: string[] }) {
  return (
    <Suspense>
      <Dialog {...props} />
    </Suspense>
  );
}
