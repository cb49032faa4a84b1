import "server-only";
import { accessRefusals } from "@/lib/domain/access/refusals";
import type { Actor } from "./actor";

/** The FINESS an establishment user acts for (orders, stock, requests); anyone else is refused. */
export function accountOf(actor: Pick<Actor, "establishmentFiness">): string {
  if (!actor.establishmentFiness) throw accessRefusals.refuse("ESTABLISHMENT_ACCOUNT_REQUIRED");
  return actor.establishmentFiness;
}
