import nodemailer from "nodemailer";
import type { EmailMessage, Mailer } from "./mailer";

/** Sends through an SMTP relay given as a URL (smtp://host:port, smtps://user:password@host:port). */
export function smtpMailer(url: string, from: string): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message: EmailMessage) {
      const info = await transport.sendMail({ from, ...message });
      return { messageId: info.messageId };
    },
    close: () => transport.close(),
  };
}
