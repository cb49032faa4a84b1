import { headers } from "next/headers";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/security/client-address";
import { env } from "./env";
import { peerAddress } from "./peer-address";

/** The client's address of a request, through TRUSTED_PROXY_HOPS (see lib/security/client-address.ts). */
export function requestClientAddress(requestHeaders: Headers): string {
  return clientAddress({ forwardedFor: requestHeaders.get("x-forwarded-for"), peer: peerAddress(requestHeaders), trustedHops: env().TRUSTED_PROXY_HOPS });
}

/** The same, for the request a server action runs in; unknown outside a request (a script). */
export async function currentClientAddress(): Promise<string> {
  let requestHeaders: Headers;
  try {
    requestHeaders = await headers();
  } catch {
    return UNKNOWN_ADDRESS;
  }
  return requestClientAddress(requestHeaders);
}
