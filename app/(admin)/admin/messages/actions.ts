"use server";

import { CONTACT_ANSWERING } from "@/lib/domain/permissions/permissions";
import { contactAnswerSchema, contactInProgressSchema } from "@/lib/schemas/contact";
import { authorizedAction } from "@/lib/server/action";
import { answerContactMessage } from "@/lib/server/contact/answers";
import { takeContactMessageInHand } from "@/lib/server/contact/in-progress";

export const answerContactMessageAction = authorizedAction({ capability: CONTACT_ANSWERING, schema: contactAnswerSchema, run: answerContactMessage });

export const takeContactMessageInHandAction = authorizedAction({ capability: CONTACT_ANSWERING, schema: contactInProgressSchema, run: takeContactMessageInHand });
