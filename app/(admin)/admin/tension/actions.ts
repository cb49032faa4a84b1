"use server";

import { authorizedAction } from "@/lib/server/action";
import { createDecree, endDecree } from "@/lib/server/admin/tension";
import { createDecreeSchema, endDecreeSchema } from "@/lib/schemas/tension";

export const createDecreeAction = authorizedAction({
  schema: createDecreeSchema,
  capability: "tension.manage",
  run: (input, actor) => createDecree(actor, input),
});

export const endDecreeAction = authorizedAction({
  schema: endDecreeSchema,
  capability: "tension.manage",
  run: (input, actor) => endDecree(actor, input),
});
