/**
 * TRACE, which no browser sends, cannot be turned into a fetch Request (undici forbids the method): Next.js fails on
 * it while building the request for proxy.ts and answers an English 500. The HTTP server's dispatch answers it first,
 * in French, with a 405 — instrumentation.ts installs this once per process, like the peer address stamp.
 */
import { Server, type IncomingMessage, type ServerResponse } from "node:http";
import { inputRefusals } from "@/lib/domain/errors";
import { SECURITY_HEADERS } from "@/lib/security/csp";

const INSTALLED = Symbol.for("distrilog.trace-refusal");
const holder = globalThis as unknown as { [INSTALLED]?: true };

const REFUSAL = inputRefusals.refusal("METHOD_NOT_ALLOWED");

export function refuseTraceRequests(): void {
  if (holder[INSTALLED]) return;
  holder[INSTALLED] = true;
  const emit = Server.prototype.emit;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && (args[0] as IncomingMessage).method === "TRACE") {
      (args[1] as ServerResponse)
        .writeHead(405, {
          ...SECURITY_HEADERS,
          Allow: "GET, HEAD, POST",
          "Content-Type": "text/plain; charset=utf-8",
          "Cache-Control": "no-store",
          "X-Refusal-Code": REFUSAL.code,
        })
        .end(REFUSAL.message);
      return true;
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}
