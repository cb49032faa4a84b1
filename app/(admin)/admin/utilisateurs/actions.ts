"use server";

import { endUserSessionsSchema } from "@/lib/schemas/user-sessions";
import { authorizedAction } from "@/lib/server/action";
import { endUserSessions } from "@/lib/server/admin/user-sessions";

export const endUserSessionsAction = authorizedAction({
  schema: endUserSessionsSchema,
  capability: "user-sessions.end",
  run: (input, actor) => endUserSessions(actor, input, new Date()),
});
