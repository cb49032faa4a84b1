import "server-only";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { policyProblems, type SessionPolicy } from "@/lib/domain/session/session-lifetime";
import { integerField } from "@/lib/schemas/numbers";
import { z } from "@/lib/schemas/zod";

/** The portal's configuration, parsed once: a bad setting fails at first use with a clear message, not at 3 a.m. */
const jobEnvSchema = z.object({
  DATABASE_URL: z.url({ message: "DATABASE_URL doit être une URL PostgreSQL." }),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** A read replica for the dashboards and exports only; absent: they read the primary. */
  DATABASE_READ_URL: z.url({ message: "DATABASE_READ_URL doit être une URL PostgreSQL." }).optional(),
  /** smtp://host:port (or smtps://user:password@host:port); absent: e-mails are printed to the console. */
  SMTP_URL: z
    .url({ message: "SMTP_URL doit être une URL smtp:// ou smtps://." })
    .refine((url) => /^smtps?:\/\//.test(url), "SMTP_URL doit être une URL smtp:// ou smtps://.")
    .optional(),
  MAIL_FROM: z.string().min(3, "MAIL_FROM doit être une adresse d'expéditeur.").default("Distrilog-santé <ne-pas-repondre@distrilog-sante.fr>"),
  /** Where the local SMTP catcher (npm start, e2e) keeps the messages, for the national admin to read them. */
  MAIL_CATCHER_DIR: z.string().min(1).optional(),
  /**
   * Where uploaded FINESS files wait for the import job; with several instances, a folder they all share (like the drop
   * folder of `npm run finess:queue`).
   */
  FINESS_IMPORT_DIR: z.string().min(1).default(join(tmpdir(), "distrilog-finess-imports")),
});

const envSchema = jobEnvSchema.extend({
  NEXTAUTH_URL: z.url({ message: "NEXTAUTH_URL doit être l'URL publique du portail." }),
  NEXTAUTH_SECRET: z.string().min(32, "NEXTAUTH_SECRET doit comporter au moins 32 caractères."),
  ATIH_ISSUER: z.url({ message: "ATIH_ISSUER doit être l'URL de l'émetteur OpenID Connect de l'ATIH." }),
  ATIH_CLIENT_ID: z.string().min(1, "ATIH_CLIENT_ID est requis."),
  ATIH_CLIENT_SECRET: z.string().min(1, "ATIH_CLIENT_SECRET est requis."),
  /** Bearer token Prometheus must present at /api/metrics. */
  METRICS_TOKEN: z.string().min(16, "METRICS_TOKEN doit comporter au moins 16 caractères.").optional(),
  /** "true": /api/metrics open without a token even in production — said deliberately, for a supervision-only network. */
  METRICS_PUBLIC: z
    .enum(["true", "false"], { message: "METRICS_PUBLIC vaut true ou false." })
    .default("false")
    .transform((value) => value === "true"),
  /**
   * Reverse proxies in front of the portal that append the address they saw to X-Forwarded-For: the client's address
   * is that many entries from the right. 0: none, the address is the TCP peer's, and X-Forwarded-For is ignored.
   */
  TRUSTED_PROXY_HOPS: integerField({ min: 0, max: 10, invalid: "TRUSTED_PROXY_HOPS doit être un nombre entier de 0 à 10 (proxys de confiance devant le portail)." }).default(0),
  NODE_ENV: z.string().optional(),
  /** Absolute lifetime of a session, from sign-in: a working day. */
  SESSION_LIFETIME_HOURS: integerField({ min: 1, max: 24, invalid: "SESSION_LIFETIME_HOURS doit être un nombre entier d'heures, de 1 à 24." }).default(10),
  /** A session with no request for this long ends. */
  SESSION_IDLE_MINUTES: integerField({ min: 1, max: 24 * 60, invalid: "SESSION_IDLE_MINUTES doit être un nombre entier de minutes, de 1 à 1440." }).default(120),
  /** How often a session's PLAGE profile and roles are re-read from ATIH (the e2e tests shorten it). */
  SESSION_PROFILE_REFRESH_SECONDS: integerField({
    min: 1,
    max: 24 * 3600,
    invalid: "SESSION_PROFILE_REFRESH_SECONDS doit être un nombre entier de secondes, de 1 à 86400.",
  }).default(600),
}).superRefine((config, context) => {
  for (const problem of policyProblems(policyOf(config))) context.addIssue({ code: "custom", path: ["SESSION_IDLE_MINUTES"], message: problem });
});

/** The session lifetime rules of these settings. */
function policyOf(config: { SESSION_LIFETIME_HOURS: number; SESSION_IDLE_MINUTES: number; SESSION_PROFILE_REFRESH_SECONDS: number }): SessionPolicy {
  return {
    absoluteLifetimeMs: config.SESSION_LIFETIME_HOURS * 3_600_000,
    idleTimeoutMs: config.SESSION_IDLE_MINUTES * 60_000,
    profileRefreshMs: config.SESSION_PROFILE_REFRESH_SECONDS * 1000,
  };
}

export function sessionPolicy(): SessionPolicy {
  return policyOf(env());
}

export type Env = z.infer<typeof envSchema>;
/** What background jobs and their scripts need: the database and the mail relay, not the web sign-in settings. */
export type JobEnv = z.infer<typeof jobEnvSchema>;

let parsed: Env | undefined;
let parsedForJobs: JobEnv | undefined;

function parse<S extends z.ZodType>(schema: S): z.infer<S> {
  const result = schema.safeParse(process.env);
  if (!result.success) {
    throw new Error(`Configuration invalide :\n${result.error.issues.map((i) => `- ${i.path.join(".")} : ${i.message}`).join("\n")}`);
  }
  return result.data;
}

/**
 * Who may read /api/metrics: the bearer of METRICS_TOKEN; anyone outside production or when METRICS_PUBLIC=true; in
 * production without either, nobody — the process metrics are not for the open Internet.
 */
export function metricsAccess({ METRICS_TOKEN, METRICS_PUBLIC, NODE_ENV }: Env): { kind: "token"; token: string } | { kind: "open" } | { kind: "closed" } {
  if (METRICS_TOKEN) return { kind: "token", token: METRICS_TOKEN };
  return METRICS_PUBLIC || NODE_ENV !== "production" ? { kind: "open" } : { kind: "closed" };
}

export function env(): Env {
  parsed ??= parse(envSchema);
  return parsed;
}

export function jobEnv(): JobEnv {
  parsedForJobs ??= parse(jobEnvSchema);
  return parsedForJobs;
}
