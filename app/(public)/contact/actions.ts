"use server";

import { contactMessageSchema } from "@/lib/schemas/contact";
import { publicAction } from "@/lib/server/action";
import { storeContactMessage } from "@/lib/server/contact/messages";

export const sendContactMessageAction = publicAction(contactMessageSchema, (data) => storeContactMessage(data));
