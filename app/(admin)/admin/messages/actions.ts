"use server";

import { contactAnswerSchema } from "@/lib/schemas/contact";
import { authorizedAction } from "@/lib/server/action";
import { answerContactMessage } from "@/lib/server/contact/answers";

export const answerContactMessageAction = authorizedAction({ capability: "contact-messages.answer", schema: contactAnswerSchema, run: answerContactMessage });
