"use client";

import { lazy, Suspense, useSyncExternalStore } from "react";
import { CONTINGENT_NOTICE_KEY } from "./contingent-notice-storage";

const Dialog = lazy(() => import("./contingent-notice-dialog").then((module) => ({ default: module.ContingentNoticeDialog })));

function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener("storage", onChange);
  return () => window.removeEventListener("storage", onChange);
}

/**
 * The notice's dialog loads only when it is due, once after an orderer's sign-in: the other
 * pages of the session leave its JavaScript out.
 */
export function ContingentNoticeDialog(props: { signIn: string; products: string[] }) {
  // The browser's memory, readable after hydration only: the server (and hydration) take the notice as already shown.
  const shownFor = useSyncExternalStore(subscribeToStorage, () => localStorage.getItem(CONTINGENT_NOTICE_KEY), () => props.signIn);
  if (shownFor === props.signIn) return null;
  return (
    <Suspense>
      <Dialog {...props} />
    </Suspense>
  );
}
