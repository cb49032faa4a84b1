import "server-only";
import { z } from "@/lib/schemas/zod";
import { DomainError } from "@/lib/domain/errors";
import { can, type Capability } from "@/lib/domain/permissions/permissions";
import { currentActor, type Actor } from "./actor";
import { describeError, logger } from "./observability/logger";
import { timed, type RequestOutcome } from "./observability/metrics";
import { currentRequestId } from "./observability/request-id";
import { consumeLimit, type AbuseLimit } from "./rate-limits";
import { currentClientAddress } from "./request-address";

/** What every server action returns: data, or a French message (and per-field messages) — never a 500. */
export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string[] | undefined>; retryAfterSeconds?: number };

const INVALID_INPUT = "Certaines informations sont invalides : corrigez les champs signalés.";
const UNEXPECTED = "Une erreur inattendue est survenue ; rien n'a été enregistré. Réessayez dans un instant.";
// Without an open session: never signed in, or a session that ended (sign-out, revocation, lifetime, inactivity).
export const NOT_SIGNED_IN = "Votre session a pris fin ou vous n'êtes pas connecté : reconnectez-vous pour continuer.";
export const FORBIDDEN = "Accès refusé : votre rôle ne permet pas cette action.";

const UNSTORABLE_TEXT =
  "Ce champ contient un caractère invisible ou invalide (caractère nul, demi-caractère Unicode) que le portail ne peut pas enregistrer : retapez-le.";

/**
 * The top-level fields of parsed data holding, at any depth, text PostgreSQL cannot store: a NUL character, or a lone
 * UTF-16 surrogate (a browser form never sends one, a hand-made request can).
 */
function fieldsWithUnstorableText(data: unknown): string[] {
  const holds = (value: unknown, depth: number): boolean =>
    typeof value === "string"
      ? value.includes("\u0000") || !value.isWellFormed()
      : depth < 8 && value !== null && typeof value === "object" && Object.values(value).some((item) => holds(item, depth + 1));
  if (data === null || typeof data !== "object") return holds(data, 0) ? [""] : [];
  return Object.entries(data).flatMap(([field, value]) => (holds(value, 0) ? [field] : []));
}

async function execute<S extends z.ZodType, T>(
  schema: S,
  input: unknown,
  run: (data: z.infer<S>) => Promise<T>,
  limit: { name: AbuseLimit; key: string },
): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, error: INVALID_INPUT, fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  // Checked here, once for every action, rather than by each schema: such text would otherwise fail in the database.
  const unstorable = fieldsWithUnstorableText(parsed.data);
  if (unstorable.length) {
    return { ok: false, error: INVALID_INPUT, fieldErrors: Object.fromEntries(unstorable.map((field) => [field, [UNSTORABLE_TEXT]])) };
  }
  // Counted once the input is known good, right before the database: a flood of garbage costs a parse, no more.
  const decision = await consumeLimit(limit.name, limit.key);
  if (!decision.allowed) return { ok: false, error: decision.message, retryAfterSeconds: decision.retryAfterSeconds };
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) return { ok: false, error: error.message };
    logger().error({ requestId: await currentRequestId(), error: describeError(error) }, "action : erreur inattendue");
    return { ok: false, error: UNEXPECTED };
  }
}

function outcomeOf(result: ActionResult<unknown>): RequestOutcome {
  if (result.ok) return "ok";
  if (result.error === NOT_SIGNED_IN) return "unauthenticated";
  if (result.error === FORBIDDEN) return "forbidden";
  if (result.retryAfterSeconds) return "rate_limited";
  return result.error === UNEXPECTED ? "error" : "refused";
}

/** Every action's latency lands in one histogram, under the handler "server-action". */
const measured = <T>(handle: () => Promise<ActionResult<T>>) => timed("server-action", handle, outcomeOf);

/**
 * An action open to anyone (public forms): parse with the shared schema, count against the client address's limit,
 * then run — `run` must not hold a transaction open (one statement), so that no flood can hold the pool.
 */
export function publicAction<S extends z.ZodType, T>(schema: S, run: (data: z.infer<S>) => Promise<T>) {
  return (input: unknown): Promise<ActionResult<T>> =>
    measured(async () => execute(schema, input, run, { name: "publicForm", key: await currentClientAddress() }));
}

/**
 * An action for signed-in users holding `capability` (see the permission table). Authorization comes first, so a
 * refused caller learns nothing about the input's validity; then the account's own limit; scoping to an establishment
 * or region is `run`'s job, with the actor it receives.
 */
export function authorizedAction<S extends z.ZodType, T>(options: {
  schema: S;
  capability: Capability;
  run: (data: z.infer<S>, actor: Actor) => Promise<T>;
}) {
  return actionFor(options.capability, options);
}

/** An action for any signed-in user, whatever their roles (e.g. completing one's registration). */
export function signedInAction<S extends z.ZodType, T>(options: { schema: S; run: (data: z.infer<S>, actor: Actor) => Promise<T> }) {
  return actionFor(null, options);
}

function actionFor<S extends z.ZodType, T>(
  capability: Capability | null,
  options: { schema: S; run: (data: z.infer<S>, actor: Actor) => Promise<T> },
) {
  return (input: unknown): Promise<ActionResult<T>> =>
    measured(async () => {
      const actor = await currentActor();
      if (!actor) return { ok: false, error: NOT_SIGNED_IN };
      if (capability && !can(actor, capability)) return { ok: false, error: FORBIDDEN };
      return execute(options.schema, input, (data) => options.run(data, actor), { name: "account", key: actor.id });
    });
}
