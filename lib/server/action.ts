import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "@/lib/schemas/zod";
import { accessRefusals } from "@/lib/domain/access/refusals";
import { DomainError, inputRefusals, type Refusal } from "@/lib/domain/errors";
import { can, holdersOf, type CapabilityNeed } from "@/lib/domain/permissions/permissions";
import { evaluateAccess } from "./access";
import { currentActor, type Actor } from "./actor";
import { describeError, logger } from "./observability/logger";
import { timed, type RequestOutcome } from "./observability/metrics";
import { currentRequestId } from "./observability/request-id";
import { consumeLimit, type AbuseLimit } from "./rate-limits";
import { currentClientAddress } from "./request-address";

/** What every server action returns: data, or a refusal with its code (and per-field messages) — never a 500. */
export type ActionResult<T> = { ok: true; data: T } | ({ ok: false; fieldErrors?: Record<string, string[] | undefined> } & Refusal);

const refused = (refusal: Refusal): { ok: false } & Refusal => ({ ok: false, ...refusal });

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
    return { ...refused(inputRefusals.refusal("INVALID_INPUT")), fieldErrors: z.flattenError(parsed.error).fieldErrors as Record<string, string[]> };
  }
  // Checked here, once for every action, rather than by each schema: such text would otherwise fail in the database.
  const unstorable = fieldsWithUnstorableText(parsed.data);
  if (unstorable.length) {
    const { message } = inputRefusals.refusal("UNSTORABLE_TEXT");
    return { ...refused(inputRefusals.refusal("INVALID_INPUT")), fieldErrors: Object.fromEntries(unstorable.map((field) => [field, [message]])) };
  }
  // Counted once the input is known good, right before the database: a flood of garbage costs a parse, no more.
  const decision = await consumeLimit(limit.name, limit.key);
  if (!decision.allowed) return refused(decision.refusal);
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof DomainError) return refused(error.refusal);
    logger().error({ requestId: await currentRequestId(), error: describeError(error) }, "action : erreur inattendue");
    return refused(inputRefusals.refusal("UNEXPECTED"));
  }
}

/** How a refusal counts in the latency histogram; any other code is a rule's refusal. */
const OUTCOME_OF_CODE: Readonly<Record<string, RequestOutcome>> = {
  NOT_SIGNED_IN: "unauthenticated",
  FORBIDDEN: "forbidden",
  ACCESS_WITHDRAWN: "forbidden",
  REGISTRATION_REQUIRED: "forbidden",
  RATE_LIMITED: "rate_limited",
  UNEXPECTED: "error",
};

function outcomeOf(result: ActionResult<unknown>): RequestOutcome {
  return result.ok ? "ok" : (OUTCOME_OF_CODE[result.code] ?? "refused");
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

/** What a signed-in action does once authorized and parsed: a service of lib/server, called with the actor first. */
type ActorRun<S extends z.ZodType, T> = (actor: Actor, input: z.infer<S>) => Promise<T>;

/** `revalidate`: the page whose cached render the action's success makes stale. */
type ActorActionOptions<S extends z.ZodType, T> = { schema: S; run: ActorRun<S, T>; revalidate?: string };

/**
 * An action for signed-in users holding `capability` (see the permission table). Authorization comes first, so a
 * refused caller learns nothing about the input's validity; then the account's own limit; scoping to an establishment
 * or region is `run`'s job, with the actor it receives.
 */
export function authorizedAction<S extends z.ZodType, T>(options: ActorActionOptions<S, T> & { capability: CapabilityNeed }) {
  return actionFor(options.capability, options);
}

/** An action for any signed-in user, whatever their roles (e.g. completing one's registration). */
export function signedInAction<S extends z.ZodType, T>(options: ActorActionOptions<S, T>) {
  return actionFor(null, options);
}

/**
 * Why a signed-in user may not do it, in their words: the access they had was withdrawn (category no longer
 * eligible, role withdrawn in PLAGE…), their registration is not finished, or their role does not hold it.
 */
export async function refusalFor(actor: Pick<Actor, "id" | "roles">, need: CapabilityNeed): Promise<Refusal> {
  // An actor holds roles only while their access stands: without any, the access decision says why.
  if (actor.roles.length === 0) {
    const access = await evaluateAccess(actor.id);
    const [cause] = access?.decision.failures ?? [];
    if (cause) return accessRefusals.refusal("ACCESS_WITHDRAWN", { cause });
    if (access && !access.active) return accessRefusals.refusal("REGISTRATION_REQUIRED");
  }
  return accessRefusals.refusal("FORBIDDEN", { holders: holdersOf(need) });
}

function actionFor<S extends z.ZodType, T>(capability: CapabilityNeed | null, { schema, run, revalidate }: ActorActionOptions<S, T>) {
  return (input: unknown): Promise<ActionResult<T>> =>
    measured(async () => {
      const actor = await currentActor();
      if (!actor) return refused(accessRefusals.refusal("NOT_SIGNED_IN"));
      if (capability && !can(actor, capability)) return refused(await refusalFor(actor, capability));
      return execute(
        schema,
        input,
        async (data) => {
          const result = await run(actor, data);
          if (revalidate) revalidatePath(revalidate);
          return result;
        },
        { name: "account", key: actor.id },
      );
    });
}
