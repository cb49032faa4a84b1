import "server-only";
import { mailerFrom, type Mailer, type SmtpTimeouts } from "@/lib/adapters/email";
import { readCaughtMessages, type CaughtMessage } from "@/mail/caught-messages";
import { env } from "./env";

/**
 * Someone waits for the page while it sends: a relay that does not answer is given up on after seconds, not
 * nodemailer's 2 minutes, and what was not sent is left for the job worker to send.
 */
const INTERACTIVE_TIMEOUTS: SmtpTimeouts = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 15_000 };

const globalForMailer = globalThis as unknown as { distrilogMailer?: Mailer };

/** The portal's mail transport, for what a page sends at once (the job worker has its own). */
export function mailer(): Mailer {
  globalForMailer.distrilogMailer ??= mailerFrom(env(), INTERACTIVE_TIMEOUTS);
  return globalForMailer.distrilogMailer;
}

/** The local SMTP catcher's folder and the copies it kept; null with a real relay, which keeps none the portal can read. */
export async function localCatcherCopies(): Promise<{ dir: string; messages: CaughtMessage[] } | null> {
  const dir = env().MAIL_CATCHER_DIR;
  return dir ? { dir, messages: await readCaughtMessages(dir) } : null;
}
