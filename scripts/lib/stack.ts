import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { startIdentityProvider } from "../../idp/provider";
import { startMailCatcher } from "../../mail/catcher";
import { seedDemoIfEmpty } from "../../prisma/seed";
import { applyMigrations } from "./migrate";
import { createScratchDatabase, startEmbeddedPostgres, type DatabaseHandle } from "./postgres";
import { launch, run, terminate, waitForHttp } from "./process";

export interface StackOptions {
  mode: "dev" | "production";
  appPort: number;
  idpPort: number;
  secret: string;
  /** An external server (DATABASE_URL) or an embedded cluster. */
  database:
    | { kind: "external"; url: string; scratch: boolean }
    | { kind: "embedded"; dataDir: string; port: number; persistent: boolean };
  /** A local SMTP catcher keeping every message sent in `dir`; absent: SMTP_URL from the environment, or the console. */
  mail?: { dir: string; port: number };
  /** Flags for the Node.js running the portal (the bench's `--cpu-prof`, which NODE_OPTIONS may not carry). */
  nodeFlags?: string[];
  /** More settings for the portal (e.g. a short SESSION_PROFILE_REFRESH_SECONDS for a test). */
  appEnv?: Record<string, string>;
  quiet?: boolean;
}

export interface RunningStack {
  appUrl: string;
  databaseUrl: string;
  env: Record<string, string>;
  /** The local identity provider's test administration (withdraw a role from an account, restore it). */
  idpAdmin: { url: string; token: string };
  /** Kills the Next.js server outright (kill -9), as a crash would. */
  killApp(): Promise<void>;
  /** Stops the Next.js server with SIGTERM and waits for it to exit (Node then writes a `--cpu-prof` profile). */
  stopApp(): Promise<void>;
  /** Starts the Next.js server again on the same database. */
  startApp(): Promise<void>;
  /** The Next.js server's process id (its memory is read by the bench), while it runs. */
  appPid(): number | undefined;
  /** Restarts PostgreSQL under the running app (embedded, persistent clusters only). */
  restartDatabase(): Promise<void>;
  /** Starts one more Next.js instance (same build, database and env) on another port; stopped with the stack. */
  startExtraApp(port: number): Promise<{ url: string; stop(): Promise<void> }>;
  stop(): Promise<void>;
}

const SOURCES = ["app", "components", "lib", "public", "prisma/schema.prisma", "next.config.ts", "proxy.ts", "instrumentation.ts", "package.json"];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((entry) => newestMtime(join(path, entry))));
}

/** The production build is redone only when a source is newer than it. */
function buildIsStale(): boolean {
  const buildId = `${process.env.NEXT_DIST_DIR ?? ".next"}/BUILD_ID`;
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > built);
}

async function openDatabase(options: StackOptions["database"]): Promise<DatabaseHandle> {
  if (options.kind === "external") {
    return options.scratch ? createScratchDatabase(options.url, "distrilog_test") : { url: options.url, stop: async () => {} };
  }
  return startEmbeddedPostgres({ ...options, database: "distrilog" });
}

/** PostgreSQL → migrations → demo seed → local ATIH identity provider → Next.js, and the reverse on stop(). */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const log = (message: string) => options.quiet || console.log(`[distrilog] ${message}`);
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error) => console.error("[distrilog] arrêt :", error));
  };
  try {
    log("démarrage de PostgreSQL…");
    const database = await openDatabase(options.database);
    stops.push(database.stop);
    log("application des migrations…");
    await applyMigrations(database.url);
    if (await seedDemoIfEmpty(database.url)) log("base vide : données de démonstration chargées.");

    const appUrl = `http://localhost:${options.appPort}`;
    const issuer = `http://localhost:${options.idpPort}`;
    const env: Record<string, string> = {
      DATABASE_URL: database.url,
      NEXTAUTH_URL: appUrl,
      NEXTAUTH_SECRET: options.secret,
      ATIH_ISSUER: issuer,
      ATIH_CLIENT_ID: "distrilog-sante",
      ATIH_CLIENT_SECRET: `local-${options.secret.slice(0, 16)}`,
      PORT: String(options.appPort),
      // A local stack on loopback: its production build serves its metrics to whoever runs it, deliberately.
      METRICS_PUBLIC: "true",
      ...options.appEnv,
    };
    const idpAdmin = { url: `${issuer}/admin`, token: randomBytes(24).toString("hex") };
    const idp = await startIdentityProvider({
      adminToken: idpAdmin.token,
      issuer,
      port: options.idpPort,
      clientId: env.ATIH_CLIENT_ID,
      clientSecret: env.ATIH_CLIENT_SECRET,
      appUrl,
    });
    stops.push(idp.close);
    log(`fournisseur d'identité ATIH local : ${issuer}`);
    if (options.mail) {
      const catcher = await startMailCatcher(options.mail);
      stops.push(catcher.close);
      Object.assign(env, { SMTP_URL: catcher.url, MAIL_CATCHER_DIR: catcher.dir });
      log(`courriels conservés dans ${catcher.dir} (SMTP ${catcher.url})`);
    }

    if (options.mode === "production" && buildIsStale()) {
      log("construction de l'application (next build)…");
      await run("node_modules/.bin/next", ["build"], { quiet: options.quiet });
    }
    let next: ChildProcess | null = null;
    const startApp = async () => {
      const nextArgs = [options.mode === "dev" ? "dev" : "start", "--port", String(options.appPort)];
      next = options.nodeFlags
        ? launch(process.execPath, [...options.nodeFlags, "node_modules/next/dist/bin/next", ...nextArgs], env)
        : launch("node_modules/.bin/next", nextArgs, env);
      await waitForHttp(`${appUrl}/`);
    };
    const stopAppWithin = (graceMs: number) => async () => {
      if (next) await terminate(next, graceMs);
      next = null;
    };
    const killApp = stopAppWithin(0);
    // A minute's grace: writing a long run's CPU profile at exit takes a while.
    const stopApp = stopAppWithin(60_000);
    stops.push(killApp);
    await startApp();
    log(`portail prêt : ${appUrl}`);
    // Background jobs (the weekly digest to the ARS), on the same database and mail relay as the portal.
    const worker = launch("node_modules/.bin/tsx", ["--conditions=react-server", "lib/server/jobs/worker.ts"], env);
    stops.push(() => terminate(worker));
    return {
      appUrl,
      databaseUrl: database.url,
      env,
      idpAdmin,
      killApp,
      stopApp,
      startApp,
      appPid: () => next?.pid,
      startExtraApp: async (port) => {
        const extra = launch("node_modules/.bin/next", [options.mode === "dev" ? "dev" : "start", "--port", String(port)], { ...env, PORT: String(port) });
        const stopExtra = () => terminate(extra);
        stops.push(stopExtra);
        const url = `http://localhost:${port}`;
        await waitForHttp(`${url}/`);
        return { url, stop: stopExtra };
      },
      restartDatabase: async () => {
        if (!database.restart) throw new Error("Seul un PostgreSQL embarqué persistant peut être redémarré.");
        await database.restart();
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
