"use server";

import { authorizedAction } from "@/lib/server/action";
import { fileEmergencyRequest } from "@/lib/server/requests/emergency-requests";
import { fileEmergencySchema } from "@/lib/schemas/requests";

/** An ARS files a top-up; fileEmergencyRequest refuses an establishment outside its region. */
export const fileEmergencyRequestAction = authorizedAction({ capability: "emergency.file", schema: fileEmergencySchema, run: fileEmergencyRequest });
