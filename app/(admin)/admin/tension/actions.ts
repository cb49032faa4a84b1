"use server";

import { authorizedAction } from "@/lib/server/action";
import { createDecree, endDecree } from "@/lib/server/admin/tension";
import { createDecreeSchema, endDecreeSchema } from "@/lib/schemas/tension";

export const createDecreeAction = authorizedAction({ capability: "tension.manage", schema: createDecreeSchema, run: createDecree });

export const endDecreeAction = authorizedAction({ capability: "tension.manage", schema: endDecreeSchema, run: endDecree });
