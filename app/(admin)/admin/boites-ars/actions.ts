"use server";

import { authorizedAction } from "@/lib/server/action";
import { setArsMailbox } from "@/lib/server/referential/ars-mailboxes";
import { setArsMailboxSchema } from "@/lib/schemas/ars-mailbox";

export const setArsMailboxAction = authorizedAction({
  capability: "ars-mailboxes.manage",
  schema: setArsMailboxSchema,
  run: setArsMailbox,
  revalidate: "/admin/boites-ars",
});
