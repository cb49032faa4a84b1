/**
 * Requests for a server action, checked before Next.js reads them: Next answers an over-sized, malformed or
 * cross-origin action request with a 500 (and English text), so proxy.ts refuses them first with a French 4xx.
 * The browser's own requests always pass: a JSON array (or multipart form data) under the size limit, from the portal.
 */
// Relative: next.config.ts imports this module, outside the "@/" alias.
import { inputRefusals, type Refusal } from "../domain/errors";

/** Next's own limit for an action's body (next.config.ts passes it on, so that both say the same). */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
export const ACTION_BODY_LIMIT = "1mb";

const ACTION_ID = /^[0-9a-f]{42}$/;

export type ActionRequestRefusal = { status: 400 | 403 | 413 } & Refusal;

const TOO_LARGE: ActionRequestRefusal = { status: 413, ...inputRefusals.refusal("REQUEST_TOO_LARGE") };
const MALFORMED: ActionRequestRefusal = { status: 400, ...inputRefusals.refusal("REQUEST_UNREADABLE") };
const FOREIGN: ActionRequestRefusal = { status: 403, ...inputRefusals.refusal("REQUEST_FROM_ELSEWHERE") };

/** Why a request is refused before Next reads it, or null when Next may: only POSTs' bodies are looked at. */
export async function actionRequestRefusal(request: Request): Promise<ActionRequestRefusal | null> {
  if (request.method !== "POST") return null;
  const type = request.headers.get("content-type") ?? "";
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  const actionId = request.headers.get("next-action");
  if (actionId === null) {
    // Multipart data naming no action: Next takes it for a form posted without script (the portal has none) and fails
    // on malformed data. A route handler's upload looks the same: checked only while small enough to be a form.
    if (!type.startsWith("multipart/form-data") || !(declared <= ACTION_BODY_LIMIT_BYTES)) return null;
    const body = await boundedBody(request);
    return body && (await parsesAsMultipart(body, type)) ? null : MALFORMED;
  }
  if (!ACTION_ID.test(actionId)) return MALFORMED;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null && originHost(origin) !== host) return FOREIGN;
  if (declared > ACTION_BODY_LIMIT_BYTES) return TOO_LARGE;
  const body = await boundedBody(request);
  if (body === null) return TOO_LARGE;
  if (type.startsWith("multipart/form-data")) return (await parsesAsMultipart(body, type)) ? null : MALFORMED;
  // Otherwise the arguments' list, as JSON: what the browser sends when no file is attached.
  try {
    return Array.isArray(JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body))) ? null : MALFORMED;
  } catch {
    return MALFORMED;
  }
}

async function parsesAsMultipart(body: Uint8Array<ArrayBuffer>, type: string): Promise<boolean> {
  try {
    await new Response(body, { headers: { "content-type": type } }).formData();
    return true;
  } catch {
    return false;
  }
}

function originHost(origin: string): string | null {
  if (origin === "null") return "null";
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** The body, read up to the limit; null past it (a chunked body declares no length). */
async function boundedBody(request: Request): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > ACTION_BODY_LIMIT_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
