"use server";

import { endUserSessionsSchema } from "@/lib/schemas/user-sessions";
import { authorizedAction } from "@/lib/server/action";
import { endUserSessions } from "@/lib/server/admin/user-sessions";

export const endUserSessionsAction = authorizedAction({ capability: "user-sessions.end", schema: endUserSessionsSchema, run: (actor, input) => endUserSessions(actor, input, new Date()) });
