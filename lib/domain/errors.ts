/**
 * Refusals: a code that metrics, logs and tests key on, a French message for the user, and details as data (a
 * counter-offer, the product concerned). Each domain module keeps its messages in one catalogue (its `refusals.ts`),
 * built with `refusals()`; nothing else writes a refusal's words.
 */

export type RefusalDetails = Readonly<Record<string, unknown>>;

/** A refusal as it travels: to the user (an action's result, a route's answer) or to a test. */
export interface Refusal {
  code: string;
  message: string;
  details?: RefusalDetails;
}

/** A business rule refused the operation. */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: RefusalDetails,
  ) {
    super(message);
    this.name = "DomainError";
  }

  /** The error that carries a refusal decided elsewhere (a rule that answers rather than throws). */
  static of(refusal: Refusal): DomainError {
    return new DomainError(refusal.code, refusal.message, refusal.details);
  }

  get refusal(): Refusal {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

/** Each code's French message, written from the details the refusal carries. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each message names its own details' type
type Wordings = Record<string, (details: any) => string>;

/** The details a code's message needs: none, or its one argument. */
type DetailsOf<W extends Wordings, C extends keyof W> = Parameters<W[C]> extends [] ? [] : [details: Parameters<W[C]>[0]];

export interface RefusalCatalogue<W extends Wordings> {
  /** The error to throw: `throw order.refuse("ORDER_NOT_FOUND")`. */
  refuse<C extends keyof W & string>(code: C, ...details: DetailsOf<W, C>): DomainError;
  /** The refusal as data, for what is answered rather than thrown (a page, a route, a scope decision). */
  refusal<C extends keyof W & string>(code: C, ...details: DetailsOf<W, C>): Refusal;
  codes: ReadonlyArray<keyof W & string>;
}

export function refusals<const W extends Wordings>(wordings: W): RefusalCatalogue<W> {
  const refusal = (code: string, details?: RefusalDetails): Refusal => ({
    code,
    message: wordings[code](details),
    ...(details ? { details } : {}),
  });
  return {
    refuse: (code, ...[details]) => {
      const { message } = refusal(code, details);
      return new DomainError(code, message, details);
    },
    refusal: (code, ...[details]) => refusal(code, details),
    codes: Object.keys(wordings),
  };
}

/** Refusals of any input, whatever the module. */
export const inputRefusals = refusals({
  INVALID_INPUT: () => "Certaines informations sont invalides : corrigez les champs signalés.",
  UNSTORABLE_TEXT: () =>
    "Ce champ contient un caractère invisible ou invalide (caractère nul, demi-caractère Unicode) que le portail ne peut pas enregistrer : retapez-le.",
  /** One value a schema refuses (a URL parameter, a re-checked input): the schema's own message says why. */
  INVALID_FIELD: ({ issue }: { issue: string }) => issue,
  UNEXPECTED: () => "Une erreur inattendue est survenue ; rien n'a été enregistré. Réessayez dans un instant.",
  /** Server action requests proxy.ts refuses before Next reads them (lib/security/action-request.ts). */
  REQUEST_TOO_LARGE: () => "Envoi trop volumineux : un formulaire du portail ne dépasse pas 1 Mo. Raccourcissez le texte saisi, puis réessayez.",
  REQUEST_UNREADABLE: () => "Requête invalide : le formulaire envoyé est illisible. Rechargez la page, puis réessayez.",
  REQUEST_FROM_ELSEWHERE: () => "Requête refusée : elle ne vient pas d'une page du portail. Rechargez la page, puis réessayez.",
  /** TRACE, answered before Next.js fails on it (lib/server/trace-refusal.ts). */
  METHOD_NOT_ALLOWED: () => "Méthode HTTP non acceptée : le portail répond aux requêtes GET, HEAD et POST.",
  /** Said in the browser when the call itself failed (network, server down): the server never answered. */
  SERVER_UNREACHABLE: () =>
    "Le portail n'a pas répondu : vérifiez votre connexion, puis rechargez la page pour voir si l'opération a été enregistrée.",
});
