import "server-only";
import { referentialRefusals } from "@/lib/domain/referential/refusals";
import { regionalContact, type RegionalContact } from "@/lib/domain/referential/regions";
import type { SetArsMailboxInput } from "@/lib/schemas/ars-mailbox";
import type { Actor } from "../actor";
import { audit } from "../audit";
import { db } from "../db";

export interface ArsMailbox {
  code: string;
  name: string;
  mailbox: string | null;
}

/** The 18 ARS and their mailboxes as the database holds them, by name (the help page's order). */
export async function listArsMailboxes(): Promise<ArsMailbox[]> {
  const regions = await db().region.findMany({ select: { code: true, name: true, mailbox: true } });
  return regions.sort((a, b) => a.name.localeCompare(b.name, "fr"));
}

/** Where an establishment's regional questions go, with its ARS's mailbox read from the database. */
export type RegionalContactWithMailbox =
  | Exclude<RegionalContact, { kind: "ars" }>
  | (Extract<RegionalContact, { kind: "ars" }> & { mailbox: string | null });

export async function regionalContactWithMailbox(departementCode: string | null | undefined): Promise<RegionalContactWithMailbox | undefined> {
  const contact = regionalContact(departementCode);
  if (contact?.kind !== "ars") return contact;
  const region = await db().region.findUnique({ where: { code: contact.region.code }, select: { mailbox: true } });
  return { ...contact, mailbox: region?.mailbox ?? null };
}

/** Replaces an ARS's mailbox: the change and its audit row (before and after) commit together. */
export async function setArsMailbox(actor: Actor, input: SetArsMailboxInput) {
  return db().$transaction(async (tx) => {
    const [region] = await tx.$queryRaw<Array<{ name: string; mailbox: string | null }>>`
      SELECT name, mailbox FROM "Region" WHERE code = ${input.regionCode} FOR UPDATE`;
    if (!region) throw referentialRefusals.refuse("REGION_NOT_FOUND");
    await tx.region.update({ where: { code: input.regionCode }, data: { mailbox: input.mailbox } });
    await audit(tx, actor, {
      action: "region.mailbox.update",
      entityType: "Region",
      entityId: input.regionCode,
      before: { mailbox: region.mailbox },
      after: { mailbox: input.mailbox },
    });
    return { name: region.name, mailbox: input.mailbox };
  });
}
