"use server";

import { signedInAction } from "@/lib/server/action";
import { registerUser } from "@/lib/server/registration";
import { registrationSchema } from "@/lib/schemas/registration";

export const registerAction = signedInAction({ schema: registrationSchema, run: registerUser });
