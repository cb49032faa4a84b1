"use server";

import { authorizedAction } from "@/lib/server/action";
import { registerUser } from "@/lib/server/registration";
import { registrationSchema } from "@/lib/schemas/registration";

export const registerAction = authorizedAction({
  schema: registrationSchema,
  roles: [],
  run: (input, actor) => registerUser(actor, input),
});
