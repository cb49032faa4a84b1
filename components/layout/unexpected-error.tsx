import { ErrorPanel } from "./error-panel";

/**
 * An unexpected error, said in French: try again, or go home, with the reference the support team finds in the logs
 * (Next's digest of the server error).
 */
export function UnexpectedError({ digest, reset, lead }: { digest?: string; reset: () => void; lead: string }) {
  return (
    <ErrorPanel
      title="Erreur inattendue"
      code="Erreur 500"
      lead={lead}
      detail={
        <>
          <p>Réessayez dans un instant ; si le problème persiste, écrivez-nous.</p>
          {digest && (
            <p>
              Référence de l&apos;erreur à nous indiquer : <code>{digest}</code>
            </p>
          )}
        </>
      }
    >
      <li>
        <button type="button" className="fr-btn" onClick={reset}>
          Réessayer
        </button>
      </li>
    </ErrorPanel>
  );
}
