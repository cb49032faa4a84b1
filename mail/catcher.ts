/**
 * The local SMTP catcher: accepts every message on a local port and keeps it in a folder — one `<id>.eml` file per
 * message and an `index.json` listing them — where developers and tests read what the portal sent. Never a relay.
 */
import { randomUUID } from "node:crypto";
import { mkdir, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import { INDEX_FILE, readCaughtMessages, type CaughtMessage } from "./caught-messages";

export { readCaughtMessage, readCaughtMessages, type CaughtMessage } from "./caught-messages";

export interface RunningMailCatcher {
  port: number;
  /** What SMTP_URL should say to send here. */
  url: string;
  dir: string;
  close(): Promise<void>;
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? "")).filter(Boolean);
}

export async function startMailCatcher(options: { dir: string; port?: number; host?: string }): Promise<RunningMailCatcher> {
  const { dir } = options;
  const host = options.host ?? "127.0.0.1";
  await mkdir(dir, { recursive: true });
  const index = await readCaughtMessages(dir);
  // Messages arrive concurrently: index updates are queued so that none is lost.
  let writes = Promise.resolve();
  const record = (entry: CaughtMessage) => {
    writes = writes.then(async () => {
      index.push(entry);
      const temporary = join(dir, `${INDEX_FILE}.${process.pid}.tmp`);
      await writeFile(temporary, JSON.stringify(index, null, 2));
      await rename(temporary, join(dir, INDEX_FILE));
    });
    return writes;
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", async () => {
        try {
          const raw = Buffer.concat(chunks);
          const parsed = await simpleParser(raw);
          const id = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}`;
          const file = `${id}.eml`;
          await writeFile(join(dir, file), raw);
          await record({
            id,
            file,
            messageId: parsed.messageId ?? null,
            from: addresses(parsed.from).join(", "),
            to: addresses(parsed.to),
            subject: parsed.subject ?? "",
            receivedAt: new Date().toISOString(),
            attachments: parsed.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, size: a.size })),
          });
          callback();
        } catch (error) {
          callback(error as Error);
        }
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });
  return {
    port,
    url: `smtp://${host}:${port}`,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => writes),
  };
}
