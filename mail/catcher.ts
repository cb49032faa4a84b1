/**
 * The local SMTP catcher: accepts every message on a local port and keeps it in a folder — one `<id>.eml` file per
 * message and an `index.json` listing them — where developers and tests read what the portal sent. Never a relay.
 */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CaughtMessage {
  id: string;
  /** The .eml file, relative to the folder. */
  file: string;
  messageId: string | null;
  from: string;
  to: string[];
  subject: string;
  receivedAt: string;
  attachments: Array<{ filename: string; contentType: string; size: number }>;
}

export interface RunningMailCatcher {
  port: number;
  /** What SMTP_URL should say to send here. */
  url: string;
  dir: string;
  close(): Promise<void>;
}

const INDEX = "index.json";

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => v.address ?? "")).filter(Boolean);
}

/** The messages caught so far in a folder, oldest first (none when the folder has none yet). */
export async function readCaughtMessages(dir: string): Promise<CaughtMessage[]> {
  const file = join(dir, INDEX);
  if (!existsSync(file)) return [];
  return JSON.parse(await readFile(file, "utf8")) as CaughtMessage[];
}

/** One caught message, parsed (attachments included). */
export async function readCaughtMessage(dir: string, message: Pick<CaughtMessage, "file">): Promise<ParsedMail> {
  return simpleParser(await readFile(join(dir, message.file)));
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
      const temporary = join(dir, `${INDEX}.${process.pid}.tmp`);
      await writeFile(temporary, JSON.stringify(index, null, 2));
      await rename(temporary, join(dir, INDEX));
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
