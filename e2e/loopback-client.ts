/**
 * HTTP requests from a chosen loopback address (127.0.0.x): the portal counts abuse limits by the TCP peer's address
 * (TRUSTED_PROXY_HOPS=0), so a spec that exhausts one address's budget does it from an address of its own and leaves
 * 127.0.0.1 — the rest of the suite's — alone.
 */
import { request } from "node:http";

export interface LoopbackResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function requestFrom(
  localAddress: string,
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<LoopbackResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      { host: "127.0.0.1", port: target.port, path: `${target.pathname}${target.search}`, method: options.method ?? "GET", headers: options.headers, localAddress, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}
