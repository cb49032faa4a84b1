"use client";

import { UnexpectedError } from "@/components/layout/unexpected-error";

/** A page that failed unexpectedly, inside the portal's header and footer. */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <UnexpectedError digest={error.digest} reset={reset} lead="Désolé, le service rencontre un problème : cette page n'a pas pu s'afficher." />;
}
