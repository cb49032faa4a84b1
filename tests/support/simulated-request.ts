/**
 * Requests for integration tests that call server actions directly, many at once: each call runs with its own
 * headers and signed-in actor, read by the mocks of next/headers and currentActor that a test file installs.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Actor } from "@/lib/server/actor";

export interface SimulatedRequest {
  headers: Headers;
  actor: Actor | null;
}

export const simulatedRequests = new AsyncLocalStorage<SimulatedRequest>();

/** The headers of the simulated request in progress; like next/headers, it throws outside a request. */
export function simulatedHeaders(): Headers {
  const request = simulatedRequests.getStore();
  if (!request) throw new Error("headers() appelé hors d'une requête");
  return request.headers;
}
