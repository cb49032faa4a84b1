/** What the portal sends: one message, optionally with attachments. */
export interface EmailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: EmailAttachment[];
}

/** An outgoing mail transport, chosen by configuration (console in development without SMTP, SMTP otherwise). */
export interface Mailer {
  send(message: EmailMessage): Promise<{ messageId: string }>;
}
