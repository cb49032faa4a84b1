import { randomUUID } from "node:crypto";
import type { EmailMessage, Mailer } from "./mailer";

/** Without an SMTP relay: prints each message (attachments by name and size) instead of sending it. */
export function consoleMailer(from: string, print: (line: string) => void = console.log): Mailer {
  return {
    async send(message: EmailMessage) {
      const messageId = `<${randomUUID()}@console.distrilog-sante.local>`;
      const attachments = (message.attachments ?? []).map((a) => `${a.filename} (${a.content.length} octets)`).join(", ");
      const headers = [`[e-mail] ${messageId}`, `De : ${from}`, `À : ${message.to}`, `Objet : ${message.subject}`];
      if (attachments) headers.push(`Pièces jointes : ${attachments}`);
      print(`${headers.join("\n")}\n\n${message.text}`);
      return { messageId };
    },
  };
}
