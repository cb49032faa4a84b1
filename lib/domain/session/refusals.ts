import { refusals } from "../errors";
import { formatDuration } from "../wording/french";
import type { SessionEnd, SessionPolicy } from "./session-lifetime";

/** Refusals about sessions: why one ended (read on the sign-in page), the admin's « mettre fin à ses sessions ». */
export const sessionRefusals = refusals({
  SESSION_ENDED: ({ end, policy }: { end: SessionEnd; policy: Pick<SessionPolicy, "absoluteLifetimeMs" | "idleTimeoutMs"> }) => {
    const why: Record<SessionEnd, string> = {
      SIGNED_OUT: "vous vous êtes déconnecté",
      REVOKED: "un administrateur national y a mis fin",
      PROFILE_REFUSED: "votre compte PLAGE ne permet plus de la prolonger (rôle ou accès retiré à l'ATIH)",
      ABSOLUTE_LIFETIME: `elle a atteint sa durée maximale de ${formatDuration(policy.absoluteLifetimeMs)}`,
      IDLE: `elle est restée ${formatDuration(policy.idleTimeoutMs)} sans activité`,
      PROFILE_UNCONFIRMED: "votre profil PLAGE n'a pas pu être vérifié auprès de l'ATIH depuis trop longtemps",
    };
    return `Votre session a pris fin : ${why[end]}. Reconnectez-vous pour continuer.`;
  },
  /** next-auth's error on the way back from the ATIH (`?error=` of the sign-in page). */
  SIGN_IN_FAILED: ({ error }: { error: string }) =>
    ({
      OAuthCallback: "La connexion avec l'ATIH n'a pas abouti (réponse invalide ou expirée). Recommencez.",
      OAuthSignin: "Le service d'identité de l'ATIH est injoignable. Réessayez dans quelques minutes.",
      Callback: "La connexion n'a pas pu être enregistrée. Recommencez ; si le problème persiste, contactez l'assistance.",
    })[error] ?? "La connexion a échoué. Recommencez.",
  USER_NOT_FOUND: () => "Cet utilisateur n'existe pas ou plus.",
  USER_NOT_BOUND: ({ email }: { email: string }) => `L'adresse ${email} n'est rattachée à aucun FINESS : il n'y a rien à délier.`,
  /** What next-auth would answer in English (or with a 500), answered first in French by its route. */
  AUTH_ENDPOINT_UNKNOWN: () => "Cette adresse de connexion n'existe pas.",
  CALLBACK_URL_INVALID: () => "Adresse de retour invalide : recommencez la connexion depuis la page « Connexion » du portail.",
  AUTH_BODY_UNREADABLE: () => "Requête illisible : le corps n'est pas du JSON valide.",
});
