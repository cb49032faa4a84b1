"use server";

import { CONTACT_ANSWERING } from "@/lib/domain/permissions/permissions";
import { contactAnswerSchema } from "@/lib/schemas/contact";
import { authorizedAction } from "@/lib/server/action";
import { answerContactMessage } from "@/lib/server/contact/answers";

export const answerContactMessageAction = authorizedAction({ capability: CONTACT_ANSWERING, schema: contactAnswerSchema, run: answerContactMessage });
