/**
 * Structured JSON logs (pino), one line per event, with the request id when there is one. No personal data: user ids
 * and establishment FINESS are fine, never e-mails or names — and error messages are scrubbed of e-mail addresses.
 *
 * Levels below error go to stdout. Errors (and fatal) go through console.error, as one JSON line: in production that
 * is stderr, and under Vitest the fail-on-console-error spy sees them, so an unexpected error still fails its test.
 */
import pino from "pino";

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;

/** A message fit for the logs: e-mail addresses replaced. */
export function scrub(text: string): string {
  return text.replace(EMAIL, "[courriel]");
}

/** What is worth logging of an error, without the values a message may echo (e-mail addresses). */
export function describeError(error: unknown): { type: string; message: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: scrub(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: scrub(error.message),
    ...(typeof code === "string" ? { code } : {}),
    stack: error.stack ? scrub(error.stack) : undefined,
  };
}

function createLogger(): pino.Logger {
  const errors = { write: (line: string) => console.error(line.trimEnd()) };
  return pino(
    { base: { service: "distrilog-sante" }, timestamp: pino.stdTimeFunctions.isoTime, formatters: { level: (label) => ({ level: label }) } },
    pino.multistream(
      [
        { level: "info", stream: process.stdout },
        { level: "error", stream: errors },
      ],
      { dedupe: true },
    ),
  );
}

const globalForLogger = globalThis as unknown as { distrilogLogger?: pino.Logger };

export function logger(): pino.Logger {
  globalForLogger.distrilogLogger ??= createLogger();
  return globalForLogger.distrilogLogger;
}
