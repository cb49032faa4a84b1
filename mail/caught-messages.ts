/** Reading what the local SMTP catcher kept: `index.json` lists the messages, one `.eml` file each. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";

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

export const INDEX_FILE = "index.json";

/** The messages caught so far in a folder, oldest first (none when the folder has none yet). */
export async function readCaughtMessages(dir: string): Promise<CaughtMessage[]> {
  const file = join(dir, INDEX_FILE);
  if (!existsSync(file)) return [];
  return JSON.parse(await readFile(file, "utf8")) as CaughtMessage[];
}

/** One caught message, parsed (attachments included). */
export async function readCaughtMessage(dir: string, message: Pick<CaughtMessage, "file">): Promise<ParsedMail> {
  return simpleParser(await readFile(join(dir, message.file)));
}
