import { consoleMailer } from "./console";
import type { Mailer } from "./mailer";
import { smtpMailer, type SmtpTimeouts } from "./smtp";

export type { EmailAttachment, EmailMessage, Mailer } from "./mailer";
export type { SmtpTimeouts } from "./smtp";

/** The transport the configuration names: SMTP when SMTP_URL is set, the console otherwise. */
export function mailerFrom(config: { SMTP_URL?: string; MAIL_FROM: string }, timeouts?: SmtpTimeouts): Mailer {
  return config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.MAIL_FROM, timeouts) : consoleMailer(config.MAIL_FROM);
}
