import { consoleMailer } from "./console";
import type { Mailer } from "./mailer";
import { smtpMailer } from "./smtp";

export type { EmailAttachment, EmailMessage, Mailer } from "./mailer";

/** The transport the configuration names: SMTP when SMTP_URL is set, the console otherwise. */
export function mailerFrom(config: { SMTP_URL?: string; MAIL_FROM: string }): Mailer {
  return config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.MAIL_FROM) : consoleMailer(config.MAIL_FROM);
}
