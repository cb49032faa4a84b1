import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { REQUESTED_PATH_HEADER, signInPathFor } from "@/lib/domain/navigation/return-path";

/** Sends a signed-out visitor to sign in, asking to come back to the page they opened. */
export async function redirectToSignIn(): Promise<never> {
  redirect(signInPathFor((await headers()).get(REQUESTED_PATH_HEADER)));
}
