"use server";

import { endUserSessionsSchema, unbindUserEmailSchema } from "@/lib/schemas/user-sessions";
import { authorizedAction } from "@/lib/server/action";
import { unbindUserEmail } from "@/lib/server/admin/users";
import { endUserSessions } from "@/lib/server/admin/user-sessions";

export const endUserSessionsAction = authorizedAction({ capability: "user-sessions.end", schema: endUserSessionsSchema, run: (actor, input) => endUserSessions(actor, input, new Date()) });

export const unbindUserEmailAction = authorizedAction({ capability: "user-email.unbind", schema: unbindUserEmailSchema, run: (actor, input) => unbindUserEmail(actor, input, new Date()) });
