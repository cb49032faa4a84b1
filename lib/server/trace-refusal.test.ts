import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseTraceRequests } from "./trace-refusal";

let server: Server;
let port: number;

beforeAll(async () => {
  refuseTraceRequests();
  refuseTraceRequests(); // a second install (Next may call register twice) must not wrap twice
  server = createServer((_, response) => response.end("reçu par l'application"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string): Promise<{ status: number; allow?: string; code?: string | string[]; body: string }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: "127.0.0.1", port, method, path: "/accueil" }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode!, allow: response.headers.allow, code: response.headers["x-refusal-code"], body }));
    });
    sent.on("error", reject).end();
  });
}

describe("refuseTraceRequests", () => {
  it("answers TRACE with a French 405 before the application sees it", async () => {
    expect(await send("TRACE")).toEqual({
      status: 405,
      allow: "GET, HEAD, POST",
      code: "METHOD_NOT_ALLOWED",
      body: "Méthode HTTP non acceptée : le portail répond aux requêtes GET, HEAD et POST.",
    });
  });

  it("passes every other method to the application", async () => {
    for (const method of ["GET", "POST", "PUT", "OPTIONS"]) expect((await send(method)).body, method).toBe("reçu par l'application");
  });
});
