import nodemailer from "nodemailer";
import type { EmailMessage, Mailer } from "./mailer";

/** nodemailer's SMTP waits, in milliseconds (its defaults wait up to 2 minutes for a relay that does not answer). */
export interface SmtpTimeouts {
  connectionTimeout: number;
  greetingTimeout: number;
  socketTimeout: number;
}

/** Sends through an SMTP relay given as a URL (smtp://host:port, smtps://user:password@host:port). */
export function smtpMailer(url: string, from: string, timeouts?: SmtpTimeouts): Mailer & { close(): void } {
  // nodemailer reads options from the URL's query, and ignores the other fields of an object that has a `url`.
  const withTimeouts = new URL(url);
  for (const [name, ms] of Object.entries(timeouts ?? {})) withTimeouts.searchParams.set(name, String(ms));
  const transport = nodemailer.createTransport(withTimeouts.toString());
  return {
    async send(message: EmailMessage) {
      const info = await transport.sendMail({ from, ...message });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
