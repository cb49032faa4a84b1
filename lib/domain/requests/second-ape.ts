import type { DomainError } from "../errors";
import { requestRefusals } from "./refusals";

/**
 * An establishment has one principal administrator, normally: the ARS approves another only once warned (the
 * establishment's current APE named) and having confirmed it explicitly.
 */
export function secondApeRefusal(currentApes: readonly string[], confirmed: boolean): DomainError | null {
  return currentApes.length > 0 && !confirmed ? requestRefusals.refuse("SECOND_APE_UNCONFIRMED", { apes: currentApes }) : null;
}
