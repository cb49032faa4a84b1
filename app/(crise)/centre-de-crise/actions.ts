"use server";

import { authorizedAction } from "@/lib/server/action";
import { decideEmergencyRequest } from "@/lib/server/requests/emergency-requests";
import { decideRequestSchema } from "@/lib/schemas/requests";

export const decideEmergencyRequestAction = authorizedAction({ capability: "emergency.decide", schema: decideRequestSchema, run: decideEmergencyRequest });
