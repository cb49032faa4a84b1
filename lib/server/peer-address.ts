/**
 * The TCP peer's address of a request, which Next.js does not give the app: its server only copies it into
 * X-Forwarded-For when that header is absent, so a client that sends one hides its own address. instrumentation.ts
 * therefore stamps every request the process receives with the socket's address, in a header that carries a secret
 * of the process: a client can send the header, never the secret, so a forged value is ignored.
 */
import { randomBytes } from "node:crypto";
import { Server, type IncomingMessage } from "node:http";

const HEADER = "x-distrilog-peer";
const SECRET = Symbol.for("distrilog.peer-address-secret");
const holder = globalThis as unknown as { [SECRET]?: string };

/** Wraps the HTTP server's dispatch once per process; requests received before (during start-up) carry no stamp. */
export function stampPeerAddresses(): void {
  if (holder[SECRET]) return;
  const secret = randomBytes(16).toString("hex");
  holder[SECRET] = secret;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as IncomingMessage;
      request.headers[HEADER] = `${secret} ${request.socket.remoteAddress ?? ""}`;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

/** The address stamped on this request, or undefined when there is none (no stamp, a forged one, outside a server). */
export function peerAddress(headers: Headers): string | undefined {
  const secret = holder[SECRET];
  const value = headers.get(HEADER);
  if (!secret || !value?.startsWith(`${secret} `)) return undefined;
  return value.slice(secret.length + 1) || undefined;
}
