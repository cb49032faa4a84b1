import "server-only";
import { headers } from "next/headers";

/** The id proxy.ts gave the current request; undefined outside a request (a script, a job). */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get("x-request-id") ?? undefined;
  } catch {
    return undefined;
  }
}
